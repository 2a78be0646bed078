package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.types.Padding;

/** A row of a list with a title, a subtitle and leading and trailing controls: Flet's {@code ListTile}. */
public class ListTile extends LayoutControl<ListTile> {
    /** The title: a string or a control. */
    static final Prop<Object> TITLE = Prop.outbound("title", null);
    /** The line below the title: a string or a control. */
    static final Prop<Object> SUBTITLE = Prop.outbound("subtitle", null);
    /** Before the title: an icon code or a control. */
    static final Prop<Object> LEADING = Prop.outbound("leading", null);
    /** After the title: an icon code or a control. */
    static final Prop<Object> TRAILING = Prop.outbound("trailing", null);
    /** Whether the subtitle may take two lines. */
    static final Prop<Boolean> IS_THREE_LINE = Prop.outbound("is_three_line", false);
    /** Whether the tile uses less vertical space. */
    static final Prop<Boolean> DENSE = Prop.outbound("dense", null);
    /** Whether the tile is shown as selected. */
    static final Prop<Boolean> SELECTED = Prop.outbound("selected", false);
    /** Space inside the tile. */
    static final Prop<Padding> CONTENT_PADDING = Prop.outbound("content_padding", null);
    /** Background color. */
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);
    /** Color of icons. */
    static final Prop<String> ICON_COLOR = Prop.outbound("icon_color", null);
    /** Color of the texts. */
    static final Prop<String> TEXT_COLOR = Prop.outbound("text_color", null);
    /** URL opened when the tile is clicked. */
    static final Prop<String> URL = Prop.outbound("url", null);
    /** Fires when the tile is clicked. */
    static final Prop<EventHandler<Event<ListTile>>> ON_CLICK = Prop.event("click");
    /** Fires on a long press. */
    static final Prop<EventHandler<Event<ListTile>>> ON_LONG_PRESS = Prop.event("long_press");

    static final PropSet LIST_TILE_PROPS = PropSet.of(LayoutControl.PROPS, TITLE, SUBTITLE, LEADING, TRAILING,
            IS_THREE_LINE, DENSE, SELECTED, CONTENT_PADDING, BGCOLOR, ICON_COLOR, TEXT_COLOR, URL, ON_CLICK,
            ON_LONG_PRESS);

    public ListTile() {
        super("ListTile", LIST_TILE_PROPS);
    }

    /** A tile with a title control. */
    public ListTile(Control title) {
        this();
        set(TITLE, title);
    }

    /** A tile with a title. */
    public ListTile(String title) {
        this();
        set(TITLE, title);
    }

    /** Sets the title control. */
    public ListTile title(Control title) {
        set(TITLE, title);
        return this;
    }

    /** Sets the title text. */
    public ListTile title(String title) {
        set(TITLE, title);
        return this;
    }

    /** Sets the control below the title. */
    public ListTile subtitle(Control subtitle) {
        set(SUBTITLE, subtitle);
        return this;
    }

    /** Sets the text below the title. */
    public ListTile subtitle(String subtitle) {
        set(SUBTITLE, subtitle);
        return this;
    }

    /** Sets the control before the title, usually an {@code Icon}. */
    public ListTile leading(Control leading) {
        set(LEADING, leading);
        return this;
    }

    /** Sets the icon before the title, e.g. {@code Icons.ALBUM}. */
    public ListTile leading(int icon) {
        set(LEADING, icon);
        return this;
    }

    /** Sets the control after the title. */
    public ListTile trailing(Control trailing) {
        set(TRAILING, trailing);
        return this;
    }

    /** Sets the icon after the title. */
    public ListTile trailing(int icon) {
        set(TRAILING, icon);
        return this;
    }

    /** Lets the subtitle take two lines. */
    public ListTile isThreeLine(boolean threeLine) {
        set(IS_THREE_LINE, threeLine);
        return this;
    }

    /** Makes the tile use less vertical space. */
    public ListTile dense(boolean dense) {
        set(DENSE, dense);
        return this;
    }

    /** Shows the tile as selected. */
    public ListTile selected(boolean selected) {
        set(SELECTED, selected);
        return this;
    }

    /** Sets the space inside the tile. */
    public ListTile contentPadding(Padding padding) {
        set(CONTENT_PADDING, padding);
        return this;
    }

    /** Sets the background color. */
    public ListTile bgcolor(String color) {
        set(BGCOLOR, color);
        return this;
    }

    /** Sets the color of icons. */
    public ListTile iconColor(String color) {
        set(ICON_COLOR, color);
        return this;
    }

    /** Sets the color of the texts. */
    public ListTile textColor(String color) {
        set(TEXT_COLOR, color);
        return this;
    }

    /** Opens {@code url} when the tile is clicked. */
    public ListTile url(String url) {
        set(URL, url);
        return this;
    }

    /** Sets the click handler; {@code null} removes it. */
    public ListTile onClick(EventHandler<Event<ListTile>> handler) {
        set(ON_CLICK, handler);
        return this;
    }

    /** Sets a click handler without arguments. */
    public ListTile onClick(EventCallback callback) {
        return onClick(callback.<Event<ListTile>>asHandler());
    }

    /** Sets the long-press handler. */
    public ListTile onLongPress(EventHandler<Event<ListTile>> handler) {
        set(ON_LONG_PRESS, handler);
        return this;
    }
}
