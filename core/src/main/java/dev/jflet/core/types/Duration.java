package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

/**
 * A span of time as Flet sends it: a map of {@code days, hours, minutes, seconds, milliseconds,
 * microseconds} with zero fields left out ({@code Duration.ofMillis(300)} → {@code {milliseconds: 300}}).
 */
public final class Duration implements WireValue {
    private final long micros;
    private final int days;
    private final int hours;
    private final int minutes;
    private final int seconds;
    private final int millis;
    private final int microsPart;

    private Duration(int days, int hours, int minutes, int seconds, int millis, int micros) {
        this.days = days;
        this.hours = hours;
        this.minutes = minutes;
        this.seconds = seconds;
        this.millis = millis;
        this.microsPart = micros;
        this.micros = ((((days * 24L + hours) * 60 + minutes) * 60 + seconds) * 1000 + millis) * 1000 + micros;
    }

    public static Duration ofMillis(int millis) {
        return new Duration(0, 0, 0, 0, millis, 0);
    }

    public static Duration ofSeconds(int seconds) {
        return new Duration(0, 0, 0, seconds, 0, 0);
    }

    public static Duration of(int days, int hours, int minutes, int seconds, int millis, int micros) {
        return new Duration(days, hours, minutes, seconds, millis, micros);
    }

    /** The total length in milliseconds. */
    public long toMillis() {
        return micros / 1000;
    }

    @Override
    public Object toWire() {
        return new SparseMap().put("days", days).put("hours", hours).put("minutes", minutes)
                .put("seconds", seconds).put("milliseconds", millis).put("microseconds", microsPart).toMap();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Duration && ((Duration) o).micros == micros && ((Duration) o).toWire().equals(toWire());
    }

    @Override
    public int hashCode() {
        return Long.hashCode(micros);
    }

    @Override
    public String toString() {
        return "Duration(" + toWire() + ")";
    }
}
