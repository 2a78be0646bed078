package dev.jflet.core.controls.material;

import dev.jflet.core.Control;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.internal.props.WireDecoder;
import dev.jflet.core.types.NavigationRailLabelType;
import dev.jflet.core.types.TextStyle;
import dev.jflet.core.types.OutlinedBorder;

import java.util.List;
import java.util.OptionalInt;

/**
 * A Material 3 navigation rail at the side of a view, for three to seven destinations: Flet's
 * {@code NavigationRail}. Put it in a Row beside the content. The new index arrives with UpdateControl before the
 * {@code change} event.
 */
public class NavigationRail extends LayoutControl<NavigationRail> {
    /** The destinations. */
    static final Prop<List<NavigationRailDestination>> DESTINATIONS = Prop.controls("destinations");
    /** Index of the selected destination; none is selected when absent. */
    static final Prop<Integer> SELECTED_INDEX = Prop.value("selected_index", null, WireDecoder.INTEGER);
    /** Whether the rail is extended, showing labels beside the icons. */
    static final Prop<Boolean> EXTENDED = Prop.outbound("extended", false);
    /** Which labels a collapsed rail shows. */
    static final Prop<String> LABEL_TYPE = Prop.outbound("label_type", null);
    /** A control above the destinations, e.g. a FloatingActionButton. */
    static final Prop<Control> LEADING = Prop.outbound("leading", null);
    /** A control below the destinations. */
    static final Prop<Control> TRAILING = Prop.outbound("trailing", null);
    /** Width of the collapsed rail. */
    static final Prop<Double> MIN_WIDTH = Prop.outbound("min_width", null);
    /** Width of the extended rail. */
    static final Prop<Double> MIN_EXTENDED_WIDTH = Prop.outbound("min_extended_width", null);
    /** Vertical position of the destinations, from -1.0 (top) to 1.0 (bottom). */
    static final Prop<Double> GROUP_ALIGNMENT = Prop.outbound("group_alignment", null);
    /** Background color. */
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);
    /** Color of the selected destination's indicator. */
    static final Prop<String> INDICATOR_COLOR = Prop.outbound("indicator_color", null);
    /** Elevation of the rail. */
    static final Prop<Double> ELEVATION = Prop.outbound("elevation", null);
    /** Style of the selected destination's label. */
    static final Prop<TextStyle> SELECTED_LABEL_TEXT_STYLE = Prop.outbound("selected_label_text_style", null);
    /** Style of the other destinations' labels. */
    static final Prop<TextStyle> UNSELECTED_LABEL_TEXT_STYLE = Prop.outbound("unselected_label_text_style", null);
    /** Whether the destinations scroll when they do not fit. */
    static final Prop<Boolean> SCROLLABLE = Prop.outbound("scrollable", false);
    /** Fires when the user picks a destination. */
    static final Prop<EventHandler<NavigationRailChangeEvent>> ON_CHANGE = Prop.event("change",
            NavigationRailChangeEvent.FACTORY);

    /** The shape of the selected destination's indicator. */
    static final Prop<OutlinedBorder> INDICATOR_SHAPE = Prop.outbound("indicator_shape", null);

    static final PropSet NAVIGATION_RAIL_PROPS = PropSet.of(LayoutControl.PROPS, DESTINATIONS, SELECTED_INDEX,
            EXTENDED, LABEL_TYPE, LEADING, TRAILING, MIN_WIDTH, MIN_EXTENDED_WIDTH, GROUP_ALIGNMENT, BGCOLOR,
            INDICATOR_COLOR, ELEVATION, SELECTED_LABEL_TEXT_STYLE, UNSELECTED_LABEL_TEXT_STYLE, SCROLLABLE, ON_CHANGE,
            INDICATOR_SHAPE);

    public NavigationRail(NavigationRailDestination... destinations) {
        this(List.of(destinations));
    }

    public NavigationRail(List<NavigationRailDestination> destinations) {
        super("NavigationRail", NAVIGATION_RAIL_PROPS);
        destinations().addAll(destinations);
    }

    /** The destinations; changes are sent with the next update. */
    public List<NavigationRailDestination> destinations() {
        return controls(DESTINATIONS);
    }

    /** Index of the selected destination, if one is selected. */
    public OptionalInt selectedIndex() {
        Integer i = get(SELECTED_INDEX);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** Selects the destination at {@code index}. */
    public NavigationRail selectedIndex(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("selectedIndex < 0: " + index);
        }
        set(SELECTED_INDEX, index);
        return this;
    }

    /** Selects no destination. */
    public NavigationRail clearSelection() {
        set(SELECTED_INDEX, null);
        return this;
    }

    /** Extends the rail, showing labels beside the icons. */
    public NavigationRail extended(boolean extended) {
        set(EXTENDED, extended);
        return this;
    }

    /** Sets which labels a collapsed rail shows. */
    public NavigationRail labelType(NavigationRailLabelType type) {
        set(LABEL_TYPE, type.value());
        return this;
    }

    /** Sets a control above the destinations, e.g. a FloatingActionButton. */
    public NavigationRail leading(Control leading) {
        set(LEADING, leading);
        return this;
    }

    /** Sets a control below the destinations. */
    public NavigationRail trailing(Control trailing) {
        set(TRAILING, trailing);
        return this;
    }

    /** Sets the width of the collapsed rail. */
    public NavigationRail minWidth(double width) {
        set(MIN_WIDTH, nonNegative("minWidth", width));
        return this;
    }

    /** Sets the width of the extended rail. */
    public NavigationRail minExtendedWidth(double width) {
        set(MIN_EXTENDED_WIDTH, nonNegative("minExtendedWidth", width));
        return this;
    }

    /** Places the destinations from -1.0 (top) through 0.0 (middle) to 1.0 (bottom). */
    public NavigationRail groupAlignment(double alignment) {
        if (!(alignment >= -1 && alignment <= 1)) {
            throw new IllegalArgumentException("groupAlignment must be between -1.0 and 1.0: " + alignment);
        }
        set(GROUP_ALIGNMENT, alignment);
        return this;
    }

    /** Sets the background color. */
    public NavigationRail bgcolor(String color) {
        set(BGCOLOR, color);
        return this;
    }

    /** Sets the color of the selected destination's indicator. */
    public NavigationRail indicatorColor(String color) {
        set(INDICATOR_COLOR, color);
        return this;
    }

    /** Sets the elevation. */
    public NavigationRail elevation(double elevation) {
        set(ELEVATION, nonNegative("elevation", elevation));
        return this;
    }

    /** Sets the style of the selected destination's label. */
    public NavigationRail selectedLabelTextStyle(TextStyle style) {
        set(SELECTED_LABEL_TEXT_STYLE, style);
        return this;
    }

    /** Sets the style of the other destinations' labels. */
    public NavigationRail unselectedLabelTextStyle(TextStyle style) {
        set(UNSELECTED_LABEL_TEXT_STYLE, style);
        return this;
    }

    /** Lets the destinations scroll when they do not fit. */
    public NavigationRail scrollable(boolean scrollable) {
        set(SCROLLABLE, scrollable);
        return this;
    }

    /** Sets the handler for picking a destination; {@link NavigationRailChangeEvent#selectedIndex()} is the pick. */
    public NavigationRail onChange(EventHandler<NavigationRailChangeEvent> handler) {
        set(ON_CHANGE, handler);
        return this;
    }

    /** Sets a change handler without arguments. */
    public NavigationRail onChange(EventCallback callback) {
        return onChange(callback.<NavigationRailChangeEvent>asHandler());
    }

    private static double nonNegative(String name, double value) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException(name + " must be >= 0: " + value);
        }
        return value;
    }

    /** Sets the shape of the selected destination's indicator; null restores the stadium default. */
    public NavigationRail indicatorShape(OutlinedBorder value) {
        set(INDICATOR_SHAPE, value);
        return this;
    }
}
