package dev.jflet.core.internal.tree;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Internal: one immutable {@code _internals} map for all controls with the same simple hints. A Container's
 * {@code skip_properties} or a Row's {@code host_expanded} is the same for every instance, and 10,000 table rows would
 * otherwise hold 20,000 equal maps.
 */
final class Internals {
    /** Enough for every distinct set of simple hints the runtime sets; past it, maps are no longer shared. */
    static final int MAX_SHARED = 256;
    private static final Map<Map<String, Object>, Map<String, Object>> SHARED = new HashMap<>();

    private Internals() {
    }

    /**
     * Returns an immutable map equal to {@code hints}: the shared one when its values are plain (strings, numbers,
     * booleans and collections of them), else a read-only view of {@code hints}, which the caller must not change.
     */
    static Map<String, Object> shared(Map<String, Object> hints) {
        Map<String, Object> frozen = Collections.unmodifiableMap(hints);
        for (Object value : hints.values()) {
            if (!plain(value)) {
                return frozen;
            }
        }
        Map<String, Object> known = SHARED.get(hints);
        if (known != null) {
            return known;
        }
        if (SHARED.size() < MAX_SHARED) {
            SHARED.put(frozen, frozen);
        }
        return frozen;
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
