package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.MsgPackExt;
import dev.jflet.core.internal.protocol.WireTypes;
import dev.jflet.core.internal.protocol.WireValue;

/**
 * A time of day in hours and minutes: what Flet sends as msgpack ext type 2, {@code "%H:%M"} (e.g.
 * {@code "09:05"}; flet-protocol.md §2.5). Dart sends the same without zero padding ({@code "9:5"}).
 */
public final class TimeOfDay implements WireValue, Comparable<TimeOfDay> {
    /** The msgpack extension type of times of day. */
    public static final int EXT_TYPE = 2;

    /** 00:00. */
    public static final TimeOfDay MIDNIGHT = new TimeOfDay(0, 0);

    private final int hour;
    private final int minute;

    private TimeOfDay(int hour, int minute) {
        this.hour = hour;
        this.minute = minute;
    }

    /** {@code hour:minute}, e.g. {@code TimeOfDay.of(9, 5)}: Python's {@code time(9, 5)}. */
    public static TimeOfDay of(int hour, int minute) {
        DateTime.check("hour", hour, 0, 23);
        DateTime.check("minute", minute, 0, 59);
        return new TimeOfDay(hour, minute);
    }

    /**
     * Parses {@code H:M} or {@code HH:MM[:SS]}; seconds are dropped.
     *
     * @throws IllegalArgumentException if {@code text} is not a time of day
     */
    public static TimeOfDay parse(String text) {
        return DateTimeParser.parseTime(text);
    }

    /** Reads a value the client sent: an ext-2 value, a time of day, or a string; null stays null. */
    public static TimeOfDay fromWire(Object wire) {
        if (wire == null || wire instanceof TimeOfDay) {
            return (TimeOfDay) wire;
        }
        if (wire instanceof MsgPackExt && ((MsgPackExt) wire).type() == EXT_TYPE) {
            return parse(((MsgPackExt) wire).text());
        }
        if (wire instanceof String) {
            return parse((String) wire);
        }
        throw new IllegalArgumentException("expected a time of day (ext 2), got " + WireTypes.describe(wire));
    }

    /** Converts to {@code java.time}; JVM only (TeaVM compiles this only for apps that call it). */
    public java.time.LocalTime toLocalTime() {
        return java.time.LocalTime.of(hour, minute);
    }

    /** Converts from {@code java.time}, dropping seconds; JVM only. */
    public static TimeOfDay from(java.time.LocalTime time) {
        return of(time.getHour(), time.getMinute());
    }

    /** The hour, 0 to 23. */
    public int hour() {
        return hour;
    }

    /** The minute, 0 to 59. */
    public int minute() {
        return minute;
    }

    /** Python's {@code time.isoformat()}: {@code "14:30:00"}. */
    public String isoFormat() {
        return toString() + ":00";
    }

    @Override
    public Object toWire() {
        return MsgPackExt.ofText(EXT_TYPE, toString());
    }

    @Override
    public int compareTo(TimeOfDay o) {
        return Integer.compare(hour * 60 + minute, o.hour * 60 + o.minute);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeOfDay && ((TimeOfDay) o).hour == hour && ((TimeOfDay) o).minute == minute;
    }

    @Override
    public int hashCode() {
        return hour * 60 + minute;
    }

    /** {@code "HH:MM"}, as sent on the wire. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(5);
        DateTime.pad(sb, hour, 2).append(':');
        return DateTime.pad(sb, minute, 2).toString();
    }
}
