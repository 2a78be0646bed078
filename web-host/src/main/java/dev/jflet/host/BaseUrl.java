package dev.jflet.host;

/** Internal: the URL path a site is hosted under, always "/" or "/x/…/". */
final class BaseUrl {
    private BaseUrl() {
    }

    /** Trims slashes and whitespace and wraps the rest in single slashes: "apps/counter" becomes "/apps/counter/". */
    static String normalize(String value) {
        String trimmed = value == null ? "" : value.strip();
        int start = 0;
        int end = trimmed.length();
        while (start < end && trimmed.charAt(start) == '/') {
            start++;
        }
        while (end > start && trimmed.charAt(end - 1) == '/') {
            end--;
        }
        return start == end ? "/" : "/" + trimmed.substring(start, end) + "/";
    }

    /** Why a normalized base URL is unusable, or "" when it is fine. */
    static String problem(String normalized) {
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c <= ' ' || c == '?' || c == '#' || c == '\\' || c == ':' || c == '%' || c == '"' || c == '<'
                    || c == '>') {
                return c <= ' ' ? "it may not contain spaces or control characters" : "it may not contain '" + c + "'";
            }
        }
        for (String segment : normalized.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return "it may not contain '" + segment + "' segments";
            }
        }
        return "";
    }
}
