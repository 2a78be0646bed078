package dev.jflet.core.controls.events;

import dev.jflet.core.internal.protocol.MsgPackExt;
import dev.jflet.core.internal.protocol.WireTypes;
import dev.jflet.core.types.PointerDeviceType;

import java.util.Collections;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Internal: reads the short keys of Flet's gesture event data ({@code DART/utils/events.dart}): points as
 * {@code {x, y}} maps, the device kind {@code k}, timestamps {@code ts} in microseconds (an int, or msgpack ext 3
 * as Flet's Dart client sends a {@code Duration}). A wrong type throws, naming the event, the key and the value.
 */
final class EventFields {
    /** Flet's ext type of a {@code Duration}: decimal microseconds as text (flet-protocol.md §2.5). */
    private static final int DURATION_EXT = 3;

    private final String event;
    private final Map<?, ?> map;

    private EventFields(String event, Map<?, ?> map) {
        this.event = event;
        this.map = map;
    }

    /** The data of {@code event}, which must be a map. */
    static EventFields of(String event, Object data) {
        if (!(data instanceof Map)) {
            throw new IllegalArgumentException("event '" + event + "' expects a map, got " + WireTypes.describe(data));
        }
        return new EventFields(event, (Map<?, ?>) data);
    }

    /** The data of {@code event}: a map, or nothing (all fields then read as absent). */
    static EventFields ofOptional(String event, Object data) {
        return data == null ? new EventFields(event, Collections.emptyMap()) : of(event, data);
    }

    /** Coordinate {@code axis} ("x" or "y") of the point under {@code key}; 0 when the point or axis is absent. */
    double axis(String key, String axis) {
        Object point = map.get(key);
        if (point == null) {
            return 0;
        }
        if (!(point instanceof Map)) {
            throw wrong(key, "a map {x, y}", point);
        }
        Object v = ((Map<?, ?>) point).get(axis);
        if (v == null) {
            return 0;
        }
        if (!(v instanceof Number)) {
            throw wrong(key + "." + axis, "a number", v);
        }
        return ((Number) v).doubleValue();
    }

    /** The number under {@code key}; 0 when absent. */
    double number(String key) {
        return optionalNumber(key).orElse(0);
    }

    OptionalDouble optionalNumber(String key) {
        Object v = map.get(key);
        if (v == null) {
            return OptionalDouble.empty();
        }
        if (!(v instanceof Number)) {
            throw wrong(key, "a number", v);
        }
        return OptionalDouble.of(((Number) v).doubleValue());
    }

    boolean bool(String key) {
        Object v = map.get(key);
        if (v != null && !(v instanceof Boolean)) {
            throw wrong(key, "a bool", v);
        }
        return Boolean.TRUE.equals(v);
    }

    /** The pointer device kind {@code k}; {@link PointerDeviceType#UNKNOWN} when absent. */
    PointerDeviceType kind() {
        Object v = map.get("k");
        if (v == null) {
            return PointerDeviceType.UNKNOWN;
        }
        if (!(v instanceof String)) {
            throw wrong("k", "a device kind string", v);
        }
        return PointerDeviceType.fromWire((String) v);
    }

    /** The timestamp {@code ts} in microseconds, when present. */
    OptionalLong timestampMicros() {
        Object v = map.get("ts");
        if (v == null) {
            return OptionalLong.empty();
        }
        if (v instanceof Number) {
            return OptionalLong.of(((Number) v).longValue());
        }
        if (v instanceof MsgPackExt && ((MsgPackExt) v).type() == DURATION_EXT) {
            try {
                return OptionalLong.of(Long.parseLong(((MsgPackExt) v).text().trim()));
            } catch (NumberFormatException e) {
                throw wrong("ts", "a duration in microseconds", v);
            }
        }
        throw wrong("ts", "a duration in microseconds", v);
    }

    private IllegalArgumentException wrong(String key, String expected, Object v) {
        return new IllegalArgumentException("event '" + event + "': '" + key + "' must be " + expected + ", got "
                + WireTypes.describe(v));
    }
}
