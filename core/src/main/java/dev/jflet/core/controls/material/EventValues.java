package dev.jflet.core.controls.material;

import dev.jflet.core.internal.protocol.WireTypes;

/** Internal: reads the data of the material controls' events, as numbers, strings or their text forms. */
final class EventValues {
    private EventValues() {
    }

    /** A destination index: an integral number >= 0 or 1 to 9 decimal digits. */
    static int index(String event, Object data) {
        if (data instanceof Number) {
            double d = ((Number) data).doubleValue();
            if (d >= 0 && d == Math.floor(d) && d <= Integer.MAX_VALUE) {
                return (int) d;
            }
        } else if (data instanceof String && isDigits((String) data)) {
            return Integer.parseInt((String) data);
        }
        throw new IllegalArgumentException("event '" + event + "' expects a destination index >= 0, got "
                + WireTypes.describe(data));
    }

    /** A finite number, or its decimal text. */
    static double number(String event, Object data) {
        double d = Double.NaN;
        if (data instanceof Number) {
            d = ((Number) data).doubleValue();
        } else if (data instanceof String) {
            try {
                d = Double.parseDouble((String) data);
            } catch (NumberFormatException e) {
                d = Double.NaN;
            }
        }
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("event '" + event + "' expects a number, got "
                    + WireTypes.describe(data));
        }
        return d;
    }

    /** A bool, its text form, or null when {@code nullable}. */
    static Boolean bool(String event, Object data, boolean nullable) {
        if (data instanceof Boolean) {
            return (Boolean) data;
        }
        if ("true".equals(data) || "false".equals(data)) {
            return "true".equals(data);
        }
        if (data == null && nullable) {
            return null;
        }
        throw new IllegalArgumentException("event '" + event + "' expects a bool" + (nullable ? " or null" : "")
                + ", got " + WireTypes.describe(data));
    }

    /** Whether {@code s} is 1 to 9 decimal digits (no regex: it would weigh on the browser bundle). */
    private static boolean isDigits(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
