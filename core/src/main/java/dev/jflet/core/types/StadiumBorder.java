package dev.jflet.core.types;

import java.util.Map;

/** A box with fully rounded ends, like a pill: Flet's {@code StadiumBorder}. */
public final class StadiumBorder extends OutlinedBorder {
    /** A stadium without an outline. */
    public StadiumBorder() {
        super(null);
    }

    private StadiumBorder(BorderSide side) {
        super(side);
    }

    /** Returns a copy outlined with {@code side}. */
    public StadiumBorder side(BorderSide side) {
        return new StadiumBorder(checkedSide(side));
    }

    @Override
    String type() {
        return "stadium";
    }

    @Override
    void putFields(Map<String, Object> wire) {
    }
}
