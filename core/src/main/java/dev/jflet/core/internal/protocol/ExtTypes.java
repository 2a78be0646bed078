package dev.jflet.core.internal.protocol;

import dev.jflet.core.types.DateTime;
import dev.jflet.core.types.TimeOfDay;

/**
 * Internal: the msgpack extension types of Flet's protocol (flet-protocol.md §2.5). The client sends ext 1
 * for a {@code DateTime} ({@code "2024-06-20T00:00:00.000+00:00"}), ext 2 for a {@code TimeOfDay}
 * ({@code "14:30"}) and ext 4 for a JS object's {@code toString()}.
 */
public final class ExtTypes {
    /** Date-time or date, ISO 8601 text. */
    public static final int DATE_TIME = DateTime.EXT_TYPE;
    /** Time of day, {@code H:M} text. */
    public static final int TIME_OF_DAY = TimeOfDay.EXT_TYPE;
    /** A JS object's {@code toString()}, UTF-8 text. */
    public static final int JS_OBJECT = 4;

    private ExtTypes() {
    }

    /**
     * Returns the Java value of an ext value: a {@link DateTime}, a {@link TimeOfDay} or a {@code String}. An
     * unknown type, or text that does not parse, stays a {@link MsgPackExt}, so that the property decoder can
     * reject that one value instead of the whole frame.
     */
    public static Object decode(MsgPackExt ext) {
        try {
            switch (ext.type()) {
                case DateTime.EXT_TYPE:
                    return DateTime.parse(ext.text());
                case TimeOfDay.EXT_TYPE:
                    return TimeOfDay.parse(ext.text());
                case JS_OBJECT:
                    return ext.text();
                default:
                    return ext;
            }
        } catch (IllegalArgumentException e) {
            return ext;
        }
    }
}
