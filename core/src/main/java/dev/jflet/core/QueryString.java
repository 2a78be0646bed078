package dev.jflet.core;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A route split into its path and its query parameters: Flet's {@code page.query}. {@code /store?id=3&q=red+cup}
 * has the path {@code /store} and the parameters {@code id=3}, {@code q=red cup}.
 */
public final class QueryString {
    private final String path;
    private final Map<String, String> params;

    private QueryString(String path, Map<String, String> params) {
        this.path = path;
        this.params = Collections.unmodifiableMap(params);
    }

    /** Parses {@code route}; a fragment ({@code #…}) is dropped, a repeated name keeps its last value. */
    public static QueryString parse(String route) {
        String r = route == null ? "" : route;
        int hash = r.indexOf('#');
        if (hash >= 0) {
            r = r.substring(0, hash);
        }
        int q = r.indexOf('?');
        String path = q < 0 ? r : r.substring(0, q);
        Map<String, String> params = new LinkedHashMap<>();
        if (q >= 0) {
            for (String pair : r.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                params.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return new QueryString(path.isEmpty() ? "/" : path, params);
    }

    /** The route without its query string, e.g. {@code /store}. */
    public String path() {
        return path;
    }

    /** The value of parameter {@code name}, percent-decoded, if the route has it. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(params.get(name));
    }

    /** The value of parameter {@code name}, or {@code fallback} when the route does not have it. */
    public String get(String name, String fallback) {
        return params.getOrDefault(name, fallback);
    }

    /** Every parameter in the order of the route, read-only. */
    public Map<String, String> asMap() {
        return params;
    }

    @Override
    public String toString() {
        return path + params;
    }

    /** Decodes {@code %XX} escapes (UTF-8) and {@code +} as a space; a malformed escape is kept as it is. */
    static String decode(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int hi = c == '%' && i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (lo >= 0) {
                out.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+') {
                out.write(' ');
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }
}
