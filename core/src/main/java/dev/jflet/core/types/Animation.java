package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a property change is animated: Flet's {@code Animation}, sent as {@code {duration, curve}}. For a
 * linear animation of some milliseconds, the {@code animate…(int millis)} setters send a bare number instead.
 */
public final class Animation implements WireValue {
    private final Duration duration;
    private final AnimationCurve curve;

    /** A linear animation lasting {@code duration}. */
    public Animation(Duration duration) {
        this(duration, AnimationCurve.LINEAR);
    }

    /** An animation lasting {@code duration} along {@code curve}. */
    public Animation(Duration duration, AnimationCurve curve) {
        this.duration = Objects.requireNonNull(duration, "duration");
        this.curve = Objects.requireNonNull(curve, "curve");
    }

    /** An animation lasting {@code millis} milliseconds along {@code curve}. */
    public Animation(int millis, AnimationCurve curve) {
        this(Duration.ofMillis(millis), curve);
    }

    public Duration duration() {
        return duration;
    }

    public AnimationCurve curve() {
        return curve;
    }

    @Override
    public Object toWire() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("duration", duration.toWire());
        if (curve != AnimationCurve.LINEAR) {
            m.put("curve", curve.value());
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Animation && ((Animation) o).duration.equals(duration) && ((Animation) o).curve == curve;
    }

    @Override
    public int hashCode() {
        return duration.hashCode() * 31 + curve.hashCode();
    }

    @Override
    public String toString() {
        return "Animation" + toWire();
    }
}
