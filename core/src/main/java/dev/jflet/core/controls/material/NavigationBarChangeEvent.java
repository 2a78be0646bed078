package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventFactory;
import dev.jflet.core.Page;

/**
 * The user picked a destination of a {@link NavigationBar}: its {@code change} event, whose data is the new index
 * (flet-protocol.md §5.2). The bar's {@code selected_index} is already updated when the handler runs.
 */
public final class NavigationBarChangeEvent extends Event<NavigationBar> {
    private final int selectedIndex;

    NavigationBarChangeEvent(NavigationBar bar, Object data, Page page) {
        super(bar, "change", data, page);
        this.selectedIndex = EventValues.index("change", data);
    }

    /** Index of the destination the user picked. */
    public int selectedIndex() {
        return selectedIndex;
    }

    /** Internal: builds the bar's change events. */
    static final EventFactory<NavigationBar, NavigationBarChangeEvent> FACTORY =
            (c, n, d, p) -> new NavigationBarChangeEvent(c, d, p);
}
