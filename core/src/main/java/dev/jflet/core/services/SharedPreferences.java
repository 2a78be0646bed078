package dev.jflet.core.services;

import dev.jflet.core.internal.props.PropSet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Values that survive reloads: Flet's {@code SharedPreferences} service. In the browser they live in
 * {@code localStorage} under the key prefix {@code flutter.}, as Flet's web client keeps them, so every app on the same
 * origin shares them: give keys an app prefix of your own.
 *
 * <p>A value is a string, a whole number, a number, a boolean or a list of strings, as in Flet. Numbers travel as
 * JavaScript numbers, so a whole number must lie within ±(2<sup>53</sup> − 1) and a number must be finite.
 */
public final class SharedPreferences extends Service {
    private static final PropSet PROPS = PropSet.of(null);
    private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    /** Creates the service; see {@link Service} for how long it lives. */
    public SharedPreferences() {
        super("SharedPreferences", PROPS);
    }

    /** Sets how long calls wait for the client; zero waits as long as it takes. */
    public SharedPreferences timeout(Duration timeout) {
        setTimeout(timeout);
        return this;
    }

    /** Stores a string under {@code key}; returns whether it was stored. */
    public boolean set(String key, String value) {
        if (value == null) {
            throw new IllegalArgumentException("SharedPreferences.set(\"" + key + "\"): value can't be null; "
                    + "use remove(key) to delete it");
        }
        return store(key, value);
    }

    /** Stores a whole number under {@code key}; returns whether it was stored. */
    public boolean set(String key, long value) {
        if (Math.abs(value) > MAX_SAFE_INTEGER) {
            throw new IllegalArgumentException("SharedPreferences.set(\"" + key + "\"): " + value + " is outside "
                    + "±(2^53 - 1), which a JavaScript number holds exactly; store it as a string");
        }
        return store(key, value);
    }

    /** Stores a number under {@code key}; returns whether it was stored. */
    public boolean set(String key, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("SharedPreferences.set(\"" + key + "\"): " + value + " is not a "
                    + "finite number, which localStorage cannot keep; store it as a string");
        }
        return store(key, value);
    }

    /** Stores a boolean under {@code key}; returns whether it was stored. */
    public boolean set(String key, boolean value) {
        return store(key, value);
    }

    /** Stores a list of strings under {@code key}; returns whether it was stored. */
    public boolean set(String key, List<String> value) {
        if (value == null || value.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("SharedPreferences.set(\"" + key + "\"): a list value and its items "
                    + "can't be null: " + value);
        }
        return store(key, new ArrayList<>(value));
    }

    /**
     * The value stored under {@code key}: a {@code String}, {@code Boolean}, {@code Long}, {@code Double} or
     * {@code List<String>}; empty if there is none. A number with no fraction reads as a {@code Long}.
     */
    public Optional<Object> get(String key) {
        return Optional.ofNullable(normalize(call("get", Map.of("key", requireKey(key)))));
    }

    /** The string stored under {@code key}; empty if there is none. */
    public Optional<String> getString(String key) {
        return get(key).map(v -> typed(key, v, String.class, "a string"));
    }

    /** The boolean stored under {@code key}; empty if there is none. */
    public Optional<Boolean> getBool(String key) {
        return get(key).map(v -> typed(key, v, Boolean.class, "a boolean"));
    }

    /** The whole number stored under {@code key}; empty if there is none. */
    public Optional<Long> getLong(String key) {
        return get(key).map(v -> typed(key, v, Long.class, "a whole number"));
    }

    /** The number stored under {@code key}, whole or not; empty if there is none. */
    public Optional<Double> getDouble(String key) {
        return get(key).map(v -> typed(key, v, Number.class, "a number").doubleValue());
    }

    /** The list of strings stored under {@code key}; empty if there is none. */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> getStringList(String key) {
        return get(key).map(v -> (List<String>) typed(key, v, List.class, "a list of strings"));
    }

    /** Whether a value is stored under {@code key}. */
    public boolean containsKey(String key) {
        return Boolean.TRUE.equals(call("contains_key", Map.of("key", requireKey(key))));
    }

    /** Removes the value stored under {@code key}; returns whether the store accepted the change. */
    public boolean remove(String key) {
        return Boolean.TRUE.equals(call("remove", Map.of("key", requireKey(key))));
    }

    /** The keys that start with {@code keyPrefix}; {@code ""} lists them all. */
    public List<String> getKeys(String keyPrefix) {
        if (keyPrefix == null) {
            throw new IllegalArgumentException("SharedPreferences.getKeys: keyPrefix must not be null; use \"\" "
                    + "for every key");
        }
        Object v = call("get_keys", Map.of("key_prefix", keyPrefix));
        List<String> keys = new ArrayList<>();
        if (v instanceof List) {
            for (Object o : (List<?>) v) {
                keys.add(String.valueOf(o));
            }
        }
        return Collections.unmodifiableList(keys);
    }

    /** Removes every stored value; returns whether the store accepted the change. */
    public boolean clear() {
        return Boolean.TRUE.equals(call("clear", null));
    }

    private boolean store(String key, Object value) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("key", requireKey(key));
        args.put("value", value);
        return Boolean.TRUE.equals(call("set", args));
    }

    private static String requireKey(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("SharedPreferences: key must not be empty: " + key);
        }
        return key;
    }

    /** Whole numbers as Long, lists as unmodifiable lists of strings. */
    private static Object normalize(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Double && isWhole((Double) v)) {
            return ((Double) v).longValue();
        }
        if (v instanceof List) {
            List<String> out = new ArrayList<>();
            for (Object o : (List<?>) v) {
                out.add(String.valueOf(o));
            }
            return Collections.unmodifiableList(out);
        }
        return v;
    }

    private static boolean isWhole(double d) {
        return d == Math.rint(d) && Math.abs(d) <= MAX_SAFE_INTEGER;
    }

    private static <T> T typed(String key, Object v, Class<T> type, String what) {
        if (!type.isInstance(v)) {
            throw new IllegalStateException("SharedPreferences: the value of \"" + key + "\" is "
                    + v.getClass().getSimpleName() + " " + v + ", not " + what + "; read it with get(key)");
        }
        return type.cast(v);
    }
}
