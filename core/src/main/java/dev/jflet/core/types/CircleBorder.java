package dev.jflet.core.types;

import java.util.Map;

/**
 * A circle, or an oval filling the box as {@code eccentricity} goes from 0.0 to 1.0: Flet's {@code CircleBorder}.
 */
public final class CircleBorder extends OutlinedBorder {
    private final double eccentricity;

    /** A circle touching the box's shorter sides. */
    public CircleBorder() {
        this(null, 0);
    }

    private CircleBorder(BorderSide side, double eccentricity) {
        super(side);
        if (!(eccentricity >= 0 && eccentricity <= 1)) {
            throw new IllegalArgumentException("eccentricity must be between 0.0 and 1.0: " + eccentricity);
        }
        this.eccentricity = eccentricity;
    }

    /** Returns a copy outlined with {@code side}. */
    public CircleBorder side(BorderSide side) {
        return new CircleBorder(checkedSide(side), eccentricity);
    }

    /** Returns a copy deformed towards the box's shape: 0.0 keeps a circle, 1.0 touches all four sides. */
    public CircleBorder eccentricity(double eccentricity) {
        return new CircleBorder(side().orElse(null), eccentricity);
    }

    /** How far the circle deforms to fill its box, 0.0 to 1.0. */
    public double eccentricity() {
        return eccentricity;
    }

    @Override
    String type() {
        return "circle";
    }

    @Override
    void putFields(Map<String, Object> wire) {
        if (eccentricity != 0) {
            wire.put("eccentricity", eccentricity);
        }
    }
}
