package dev.jflet.core.internal.protocol;

import java.util.List;
import java.util.Map;

/** Internal: names decoded values by their msgpack type, for error messages. */
public final class WireTypes {
    private WireTypes() {
    }

    /** E.g. {@code string "abc"}, {@code int 5}, {@code array [1]}, {@code nil}. */
    public static String describe(Object v) {
        if (v == null) {
            return "nil";
        }
        if (v instanceof String) {
            return "string \"" + v + "\"";
        }
        return typeName(v) + " " + v;
    }

    static String typeName(Object v) {
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Integer || v instanceof Long) {
            return "int";
        }
        if (v instanceof Double || v instanceof Float) {
            return "float";
        }
        if (v instanceof List) {
            return "array";
        }
        if (v instanceof Map) {
            return "map";
        }
        if (v instanceof byte[]) {
            return "binary";
        }
        if (v instanceof MsgPackExt) {
            return "ext";
        }
        return v.getClass().getSimpleName();
    }
}
