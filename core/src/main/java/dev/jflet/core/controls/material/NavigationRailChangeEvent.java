package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventFactory;
import dev.jflet.core.Page;

/**
 * The user picked a destination of a {@link NavigationRail}: its {@code change} event, whose data is the new index
 * (flet-protocol.md §5.2). The rail's {@code selected_index} is already updated when the handler runs.
 */
public final class NavigationRailChangeEvent extends Event<NavigationRail> {
    private final int selectedIndex;

    NavigationRailChangeEvent(NavigationRail rail, Object data, Page page) {
        super(rail, "change", data, page);
        this.selectedIndex = EventValues.index("change", data);
    }

    /** Index of the destination the user picked. */
    public int selectedIndex() {
        return selectedIndex;
    }

    /** Internal: builds the rail's change events. */
    static final EventFactory<NavigationRail, NavigationRailChangeEvent> FACTORY =
            (c, n, d, p) -> new NavigationRailChangeEvent(c, d, p);
}
