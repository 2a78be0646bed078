package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventCallback;
import dev.jflet.core.EventHandler;
import dev.jflet.core.LayoutControl;
import dev.jflet.core.internal.props.Prop;
import dev.jflet.core.internal.props.PropSet;
import dev.jflet.core.internal.props.WireDecoder;
import dev.jflet.core.types.NavigationBarLabelBehavior;
import dev.jflet.core.types.OutlinedBorder;

import java.util.List;

/**
 * A Material 3 bottom navigation bar: Flet's {@code NavigationBar}. Show it with
 * {@code page.navigationBar(...)}. The new index arrives with UpdateControl before the {@code change} event.
 */
public class NavigationBar extends LayoutControl<NavigationBar> {
    /** The destinations. */
    static final Prop<List<NavigationBarDestination>> DESTINATIONS = Prop.controls("destinations");
    /** Index of the selected destination. */
    static final Prop<Integer> SELECTED_INDEX = Prop.value("selected_index", 0, WireDecoder.INTEGER);
    /** Background color. */
    static final Prop<String> BGCOLOR = Prop.outbound("bgcolor", null);
    /** When labels are shown. */
    static final Prop<String> LABEL_BEHAVIOR = Prop.outbound("label_behavior", null);
    /** Color of the selected destination's indicator. */
    static final Prop<String> INDICATOR_COLOR = Prop.outbound("indicator_color", null);
    /** Elevation of the bar. */
    static final Prop<Double> ELEVATION = Prop.outbound("elevation", null);
    /** Fires when a destination is selected; the data is its index. */
    static final Prop<EventHandler<NavigationBarChangeEvent>> ON_CHANGE = Prop.event("change",
            NavigationBarChangeEvent.FACTORY);

    /** The shape of the selected destination's indicator. */
    static final Prop<OutlinedBorder> INDICATOR_SHAPE = Prop.outbound("indicator_shape", null);

    static final PropSet NAVIGATION_BAR_PROPS = PropSet.of(LayoutControl.PROPS, DESTINATIONS, SELECTED_INDEX,
            BGCOLOR, LABEL_BEHAVIOR, INDICATOR_COLOR, ELEVATION, ON_CHANGE, INDICATOR_SHAPE);

    public NavigationBar(NavigationBarDestination... destinations) {
        this(List.of(destinations));
    }

    public NavigationBar(List<NavigationBarDestination> destinations) {
        super("NavigationBar", NAVIGATION_BAR_PROPS);
        destinations().addAll(destinations);
    }

    /** The destinations; changes are sent with the next update. */
    public List<NavigationBarDestination> destinations() {
        return controls(DESTINATIONS);
    }

    public int selectedIndex() {
        return get(SELECTED_INDEX);
    }

    /** Selects the destination at {@code index}. */
    public NavigationBar selectedIndex(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("selectedIndex < 0: " + index);
        }
        set(SELECTED_INDEX, index);
        return this;
    }

    /** Sets the background color. */
    public NavigationBar bgcolor(String color) {
        set(BGCOLOR, color);
        return this;
    }

    /** Sets when labels are shown. */
    public NavigationBar labelBehavior(NavigationBarLabelBehavior behavior) {
        set(LABEL_BEHAVIOR, behavior.value());
        return this;
    }

    /** Sets the color of the selected destination's indicator. */
    public NavigationBar indicatorColor(String color) {
        set(INDICATOR_COLOR, color);
        return this;
    }

    /** Sets the elevation. */
    public NavigationBar elevation(double elevation) {
        set(ELEVATION, elevation);
        return this;
    }

    /** Sets the handler for selecting a destination; {@link #selectedIndex()} holds the new index. */
    public NavigationBar onChange(EventHandler<NavigationBarChangeEvent> handler) {
        set(ON_CHANGE, handler);
        return this;
    }

    /** Sets a change handler without arguments. */
    public NavigationBar onChange(EventCallback callback) {
        return onChange(callback.<NavigationBarChangeEvent>asHandler());
    }

    /** Sets the shape of the selected destination's indicator; null restores the stadium default. */
    public NavigationBar indicatorShape(OutlinedBorder value) {
        set(INDICATOR_SHAPE, value);
        return this;
    }
}
