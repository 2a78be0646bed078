package dev.jflet.core.controls.material;

import dev.jflet.core.Event;
import dev.jflet.core.EventFactory;
import dev.jflet.core.Page;
import dev.jflet.core.internal.protocol.WireTypes;

/**
 * The user picked a destination of a {@link NavigationRail}: its {@code change} event, whose data is the new index
 * (flet-protocol.md §5.2). The rail's {@code selected_index} is already updated when the handler runs.
 */
public final class NavigationRailChangeEvent extends Event<NavigationRail> {
    private final int selectedIndex;

    NavigationRailChangeEvent(NavigationRail rail, Object data, Page page) {
        super(rail, "change", data, page);
        this.selectedIndex = index(data);
    }

    private static int index(Object data) {
        if (data instanceof Number) {
            double d = ((Number) data).doubleValue();
            if (d >= 0 && d == Math.floor(d) && d <= Integer.MAX_VALUE) {
                return (int) d;
            }
        } else if (data instanceof String && isDigits((String) data)) {
            return Integer.parseInt((String) data);
        }
        throw new IllegalArgumentException("event 'change' expects a destination index >= 0, got "
                + WireTypes.describe(data));
    }

    /** Whether {@code s} is 1 to 9 decimal digits (no regex: it would weigh on the browser bundle). */
    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Index of the destination the user picked. */
    public int selectedIndex() {
        return selectedIndex;
    }

    /** Internal: builds the rail's change events. */
    static final EventFactory<NavigationRail, NavigationRailChangeEvent> FACTORY =
            (c, n, d, p) -> new NavigationRailChangeEvent(c, d, p);
}
