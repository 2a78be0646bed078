package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;

import java.util.List;

/** The row of tabs of a {@link Tabs} control: Flet's {@code TabBar}. */
public class TabBar extends LayoutControl<TabBar> {
    /** The tabs. */
    static final Prop<List<Tab>> TABS = Prop.controls("tabs");
    /** Whether the tabs scroll horizontally instead of sharing the width. */
    static final Prop<Boolean> SCROLLABLE = Prop.outbound("scrollable", true);
    /** Color of the selected tab's indicator. */
    static final Prop<String> INDICATOR_COLOR = Prop.outbound("indicator_color", null);
    /** Thickness of the indicator. */
    static final Prop<Double> INDICATOR_THICKNESS = Prop.outbound("indicator_thickness", 2.0);
    /** Color of the selected tab's label. */
    static final Prop<String> LABEL_COLOR = Prop.outbound("label_color", null);
    /** Color of the other tabs' labels. */
    static final Prop<String> UNSELECTED_LABEL_COLOR = Prop.outbound("unselected_label_color", null);
    /** Color of the line below the tabs. */
    static final Prop<String> DIVIDER_COLOR = Prop.outbound("divider_color", null);
    /** Whether this is a secondary tab bar (inside content, not at the top). */
    static final Prop<Boolean> SECONDARY = Prop.outbound("secondary", false);
    /** Fires when a tab is clicked; the data is its index. */
    static final Prop<EventHandler<Event<TabBar>>> ON_CLICK = Prop.event("click");

    static final PropSet TAB_BAR_PROPS = PropSet.of(LayoutControl.PROPS, TABS, SCROLLABLE, INDICATOR_COLOR,
            INDICATOR_THICKNESS, LABEL_COLOR, UNSELECTED_LABEL_COLOR, DIVIDER_COLOR, SECONDARY, ON_CLICK);

    public TabBar(Tab... tabs) {
        this(List.of(tabs));
    }

    public TabBar(List<Tab> tabs) {
        super("TabBar", TAB_BAR_PROPS);
        tabs().addAll(tabs);
    }

    /** The tabs; changes are sent with the next update. */
    public List<Tab> tabs() {
        return controls(TABS);
    }

    /** Makes the tabs scroll horizontally ({@code true}, the default) or share the width. */
    public TabBar scrollable(boolean scrollable) {
        set(SCROLLABLE, scrollable);
        return this;
    }

    /** Sets the color of the selected tab's indicator. */
    public TabBar indicatorColor(String color) {
        set(INDICATOR_COLOR, color);
        return this;
    }

    /** Sets the thickness of the indicator. */
    public TabBar indicatorThickness(double thickness) {
        set(INDICATOR_THICKNESS, thickness);
        return this;
    }

    /** Sets the color of the selected tab's label. */
    public TabBar labelColor(String color) {
        set(LABEL_COLOR, color);
        return this;
    }

    /** Sets the color of the other tabs' labels. */
    public TabBar unselectedLabelColor(String color) {
        set(UNSELECTED_LABEL_COLOR, color);
        return this;
    }

    /** Sets the color of the line below the tabs. */
    public TabBar dividerColor(String color) {
        set(DIVIDER_COLOR, color);
        return this;
    }

    /** Makes this a secondary tab bar. */
    public TabBar secondary(boolean secondary) {
        set(SECONDARY, secondary);
        return this;
    }

    /** Sets the handler for tab clicks; the data is the tab's index. */
    public TabBar onClick(EventHandler<Event<TabBar>> handler) {
        set(ON_CLICK, handler);
        return this;
    }

    /** Sets a tab-click handler without arguments. */
    public TabBar onClick(EventCallback callback) {
        return onClick(callback.<Event<TabBar>>asHandler());
    }
}
