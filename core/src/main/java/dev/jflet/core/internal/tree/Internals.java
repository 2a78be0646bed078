package dev.jflet.core.internal.tree;

import dev.jflet.core.internal.props.PropSet;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Internal: one immutable {@code _internals} map for all controls with the same simple hints. A Container's
 * {@code skip_properties} or a Row's {@code host_expanded} is the same for every instance, and 10,000 table rows would
 * otherwise hold 20,000 equal maps. A control holds its hints in its {@link PropSet}, shared in turn by the controls
 * of its type with the same shared map.
 */
final class Internals {
    /** Enough for every distinct set of simple hints the runtime sets; past it, maps are no longer shared. */
    static final int MAX_SHARED = 256;
    private static final Map<Map<String, Object>, Map<String, Object>> SHARED = new HashMap<>();

    private Internals() {
    }

    /**
     * Returns {@code kind} (a set named by {@link PropSet#forType}) with an immutable map equal to {@code hints} as
     * its {@code _internals}: the shared set and map when its values are plain (strings, numbers, booleans and
     * collections of them), else a read-only view of {@code hints}, which the caller must not change, in a set of its
     * own.
     */
    static PropSet shared(PropSet kind, Map<String, Object> hints) {
        if (hints.isEmpty()) {
            return kind.withInternals(null, true);
        }
        Map<String, Object> frozen = Collections.unmodifiableMap(hints);
        for (Object value : hints.values()) {
            if (!plain(value)) {
                return kind.withInternals(frozen, false);
            }
        }
        Map<String, Object> known = SHARED.get(hints);
        if (known != null) {
            return kind.withInternals(known, true);
        }
        if (SHARED.size() < MAX_SHARED) {
            SHARED.put(frozen, frozen);
            return kind.withInternals(frozen, true);
        }
        return kind.withInternals(frozen, false);
    }

    /** Forgets the shared maps; maps handed out stay valid (for tests of the bound). */
    static void forgetShared() {
        SHARED.clear();
    }

    /** The number of shared maps. */
    static int sharedCount() {
        return SHARED.size();
    }

    private static boolean plain(Object value) {
        if (value instanceof String || value instanceof Boolean || value instanceof Number) {
            return true;
        }
        if (value instanceof Collection) {
            for (Object item : (Collection<?>) value) {
                if (!(item instanceof String || item instanceof Boolean || item instanceof Number)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
