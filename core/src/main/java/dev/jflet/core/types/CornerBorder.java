package dev.jflet.core.types;

import java.util.Map;
import java.util.Optional;

/** Internal: the borders whose corners follow a radius: rounded, beveled and continuous rectangles. */
abstract class CornerBorder extends OutlinedBorder {
    private final Object radius;

    CornerBorder(Object radius, BorderSide side) {
        super(side);
        if (radius instanceof Double && !(((Double) radius) >= 0)) {
            throw new IllegalArgumentException("radius must be >= 0: " + radius);
        }
        this.radius = radius;
    }

    /** The corner radius: a {@code Double} for all corners or a {@link BorderRadius}, when one was given. */
    public Optional<Object> radius() {
        return Optional.ofNullable(radius);
    }

    static BorderRadius checkedRadius(BorderRadius radius) {
        if (radius == null) {
            throw new IllegalArgumentException("radius must not be null; leave it out for square corners");
        }
        return radius;
    }

    Object radiusValue() {
        return radius;
    }

    @Override
    void putFields(Map<String, Object> wire) {
        if (radius != null) {
            wire.put("radius", radius instanceof BorderRadius ? ((BorderRadius) radius).toWire() : radius);
        }
    }
}
