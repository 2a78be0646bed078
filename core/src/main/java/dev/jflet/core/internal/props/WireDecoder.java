package dev.jflet.core.internal.props;

/** Internal: converts a value received from the client into a property's Java type. */
@FunctionalInterface
public interface WireDecoder<T> {
    /** Returns the converted value, or throws {@link IllegalArgumentException} naming what was expected. */
    T decode(Object wire);

    WireDecoder<String> STRING = v -> {
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw new IllegalArgumentException("expected a string, got " + describe(v));
    };

    WireDecoder<Boolean> BOOLEAN = v -> {
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        throw new IllegalArgumentException("expected a bool, got " + describe(v));
    };

    WireDecoder<Double> NUMBER = v -> {
        if (v == null) {
            return null;
        }
        if (v instanceof Number) {
            return ((Number) v).doubleValue();
        }
        throw new IllegalArgumentException("expected a number, got " + describe(v));
    };

    WireDecoder<Integer> INTEGER = v -> {
        if (v == null || v instanceof Integer) {
            return (Integer) v;
        }
        throw new IllegalArgumentException("expected an integer, got " + describe(v));
    };

    WireDecoder<Object> ANY = v -> v;

    /** Rejects every value, nil included: the client must not write this property. */
    static <T> WireDecoder<T> rejecting(String name) {
        return v -> {
            throw new IllegalArgumentException("'" + name + "' cannot be set by the client");
        };
    }

    static String describe(Object v) {
        return dev.jflet.core.internal.protocol.WireTypes.describe(v);
    }
}
