package dev.jflet.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Matches a route against templates with named parameters: Flet's {@code TemplateRoute}.
 *
 * <pre>{@code
 * TemplateRoute r = new TemplateRoute(page.route());
 * if (r.match("/products/:id")) {
 *     showProduct(r.param("id").orElseThrow());
 * }
 * }</pre>
 *
 * <p>A {@code :name} segment matches one non-empty path segment; the query string is ignored.
 */
public final class TemplateRoute {
    private final String route;
    private final String[] segments;
    private Map<String, String> params = Collections.emptyMap();

    /** A matcher for {@code route}, e.g. {@code page.route()}. */
    public TemplateRoute(String route) {
        if (route == null) {
            throw new IllegalArgumentException("route must not be null");
        }
        this.route = route;
        this.segments = split(QueryString.parse(route).path());
    }

    /** The route being matched. */
    public String route() {
        return route;
    }

    /**
     * Whether the route matches {@code template} (e.g. {@code /products/:id}); on a match the template's
     * parameters become readable with {@link #param}, otherwise there are none.
     */
    public boolean match(String template) {
        if (template == null || !template.startsWith("/")) {
            throw new IllegalArgumentException("A route template starts with /, e.g. \"/products/:id\"; got "
                    + (template == null ? "null" : "\"" + template + "\""));
        }
        String[] parts = split(template);
        params = Collections.emptyMap();
        if (parts.length != segments.length) {
            return false;
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].startsWith(":") && parts[i].length() > 1) {
                if (segments[i].isEmpty()) {
                    return false;
                }
                found.put(parts[i].substring(1), QueryString.decode(segments[i]));
            } else if (!parts[i].equals(segments[i])) {
                return false;
            }
        }
        params = Collections.unmodifiableMap(found);
        return true;
    }

    /** The value of parameter {@code name} from the last successful {@link #match}. */
    public Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name));
    }

    /** Every parameter from the last successful {@link #match}, read-only. */
    public Map<String, String> params() {
        return params;
    }

    private static String[] split(String path) {
        String p = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.equals("/") ? new String[0] : p.substring(1).split("/", -1);
    }
}
