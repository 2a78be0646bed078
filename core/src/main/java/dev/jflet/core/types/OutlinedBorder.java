package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.WireValue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The outline of a button, card or sheet: Flet's {@code OutlinedBorder}, sent as a map whose {@code _type} names the
 * kind, e.g. {@code {radius: 10, _type: "roundedRectangle"}} (flet-protocol.md §2.6). Immutable.
 */
public abstract class OutlinedBorder implements WireValue {
    private final BorderSide side;

    OutlinedBorder(BorderSide side) {
        this.side = side;
    }

    /** The outline's colour and width, when one was given. */
    public Optional<BorderSide> side() {
        return Optional.ofNullable(side);
    }

    /** The {@code _type} Flet sends for this kind of border. */
    abstract String type();

    /** Adds the kind's own fields to its wire map. */
    abstract void putFields(Map<String, Object> wire);

    static BorderSide checkedSide(BorderSide side) {
        if (side == null) {
            throw new IllegalArgumentException("side must not be null; use BorderSide.none() for no outline");
        }
        return side;
    }

    @Override
    public final Object toWire() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (side != null) {
            m.put("side", side.toWire());
        }
        putFields(m);
        m.put("_type", type());
        return m;
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((OutlinedBorder) o).toWire().equals(toWire());
    }

    @Override
    public final int hashCode() {
        return toWire().hashCode();
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + toWire();
    }
}
