package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.internal.props.WireDecoder;
import dev.jflet.core.types.Padding;

/**
 * A compact Material chip for a filter, choice or action: Flet's {@code Chip}. With an {@code onSelect}
 * handler it can be selected; the new state arrives with UpdateControl before the {@code select} event.
 */
public class Chip extends LayoutControl<Chip> {
    /** The label: a string or a control. */
    static final Prop<Object> LABEL = Prop.outbound("label", null);
    /** A control before the label, usually an icon. */
    static final Prop<Control> LEADING = Prop.outbound("leading", null);
    /** Whether the chip is selected. */
    static final Prop<Boolean> SELECTED = Prop.value("selected", false, WireDecoder.BOOLEAN);
    /** Background color when selected. */
    static final Prop<String> SELECTED_COLOR = Prop.outbound("selected_color", null);
    /** Background color. */
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);
    /** Whether a check mark shows when selected. */
    static final Prop<Boolean> SHOW_CHECKMARK = Prop.outbound("show_checkmark", true);
    /** Color of the check mark. */
    static final Prop<String> CHECK_COLOR = Prop.outbound("check_color", null);
    /** Icon of the delete button: an icon code or a control. */
    static final Prop<Object> DELETE_ICON = Prop.outbound("delete_icon", null);
    /** Tooltip of the delete button. */
    static final Prop<String> DELETE_ICON_TOOLTIP = Prop.outbound("delete_icon_tooltip", null);
    /** Color of the delete button. */
    static final Prop<String> DELETE_ICON_COLOR = Prop.outbound("delete_icon_color", null);
    /** Elevation of the chip. */
    static final Prop<Double> ELEVATION = Prop.outbound("elevation", null);
    /** Space inside the chip. */
    static final Prop<Padding> PADDING = Prop.outbound("padding", null);
    /** Whether the chip takes focus when shown. */
    static final Prop<Boolean> AUTOFOCUS = Prop.outbound("autofocus", false);
    /** Fires when the chip is clicked. */
    static final Prop<EventHandler<Event<Chip>>> ON_CLICK = Prop.event("click");
    /** Fires when the delete button is clicked; the button shows only with this handler. */
    static final Prop<EventHandler<Event<Chip>>> ON_DELETE = Prop.event("delete");
    /** Fires when the chip is selected or unselected; the data is the new state. */
    static final Prop<EventHandler<Event<Chip>>> ON_SELECT = Prop.event("select");
    /** Fires when the chip gains focus. */
    static final Prop<EventHandler<Event<Chip>>> ON_FOCUS = Prop.event("focus");
    /** Fires when the chip loses focus. */
    static final Prop<EventHandler<Event<Chip>>> ON_BLUR = Prop.event("blur");

    static final PropSet CHIP_PROPS = PropSet.of(LayoutControl.PROPS, LABEL, LEADING, SELECTED, SELECTED_COLOR,
            BGCOLOR, SHOW_CHECKMARK, CHECK_COLOR, DELETE_ICON, DELETE_ICON_TOOLTIP, DELETE_ICON_COLOR, ELEVATION,
            PADDING, AUTOFOCUS, ON_CLICK, ON_DELETE, ON_SELECT, ON_FOCUS, ON_BLUR);

    /** A chip labelled {@code label}. */
    public Chip(String label) {
        super("Chip", CHIP_PROPS);
        set(LABEL, label);
    }

    /** A chip showing a control as its label. */
    public Chip(Control label) {
        super("Chip", CHIP_PROPS);
        set(LABEL, label);
    }

    /** Sets the control before the label, usually an {@code Icon}. */
    public Chip leading(Control leading) {
        set(LEADING, leading);
        return this;
    }

    public boolean selected() {
        return get(SELECTED);
    }

    /** Selects or unselects the chip. */
    public Chip selected(boolean selected) {
        set(SELECTED, selected);
        return this;
    }

    /** Sets the background color when selected. */
    public Chip selectedColor(String color) {
        set(SELECTED_COLOR, color);
        return this;
    }

    /** Sets the background color. */
    public Chip bgcolor(String color) {
        set(BGCOLOR, color);
        return this;
    }

    /** Shows ({@code true}, the default) or hides the check mark when selected. */
    public Chip showCheckmark(boolean show) {
        set(SHOW_CHECKMARK, show);
        return this;
    }

    /** Sets the color of the check mark. */
    public Chip checkColor(String color) {
        set(CHECK_COLOR, color);
        return this;
    }

    /** Sets the icon of the delete button, e.g. {@code Icons.CLOSE}. */
    public Chip deleteIcon(int icon) {
        set(DELETE_ICON, icon);
        return this;
    }

    /** Sets the tooltip of the delete button. */
    public Chip deleteIconTooltip(String tooltip) {
        set(DELETE_ICON_TOOLTIP, tooltip);
        return this;
    }

    /** Sets the color of the delete button. */
    public Chip deleteIconColor(String color) {
        set(DELETE_ICON_COLOR, color);
        return this;
    }

    /** Sets the elevation. */
    public Chip elevation(double elevation) {
        set(ELEVATION, elevation);
        return this;
    }

    /** Sets the space inside the chip. */
    public Chip padding(Padding padding) {
        set(PADDING, padding);
        return this;
    }

    /** Takes focus when shown. */
    public Chip autofocus(boolean autofocus) {
        set(AUTOFOCUS, autofocus);
        return this;
    }

    /** Sets the click handler; {@code null} removes it. */
    public Chip onClick(EventHandler<Event<Chip>> handler) {
        set(ON_CLICK, handler);
        return this;
    }

    /** Sets a click handler without arguments. */
    public Chip onClick(EventCallback callback) {
        return onClick(callback.<Event<Chip>>asHandler());
    }

    /** Sets the delete handler; the delete button shows only while one is set. */
    public Chip onDelete(EventHandler<Event<Chip>> handler) {
        set(ON_DELETE, handler);
        return this;
    }

    /** Sets a delete handler without arguments. */
    public Chip onDelete(EventCallback callback) {
        return onDelete(callback.<Event<Chip>>asHandler());
    }

    /** Sets the handler for selecting; {@link #selected()} holds the new state. */
    public Chip onSelect(EventHandler<Event<Chip>> handler) {
        set(ON_SELECT, handler);
        return this;
    }

    /** Sets a select handler without arguments. */
    public Chip onSelect(EventCallback callback) {
        return onSelect(callback.<Event<Chip>>asHandler());
    }

    /** Sets the handler for gaining focus. */
    public Chip onFocus(EventHandler<Event<Chip>> handler) {
        set(ON_FOCUS, handler);
        return this;
    }

    /** Sets the handler for losing focus. */
    public Chip onBlur(EventHandler<Event<Chip>> handler) {
        set(ON_BLUR, handler);
        return this;
    }
}
