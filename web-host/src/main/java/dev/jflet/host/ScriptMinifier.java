package dev.jflet.host;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Internal: makes jflet's own hand-written scripts (loader, browser check, offline module, service worker, WasmGC
 * prelude) and the loading screen's stylesheet smaller for the published site by removing comments, indentation and
 * blank lines. Their readable sources stay in the plugin. Every line break between two pieces of code is kept, so
 * automatic semicolon insertion reads the result as it read the source; strings, template literals and regular
 * expressions are copied as they are.
 */
final class ScriptMinifier {
    private static final String REGEX_AFTER = "(,=:[!&|?{};+-*%<>~^";
    private static final String[] REGEX_AFTER_WORDS = {"return", "typeof", "case", "void", "in", "of", "delete",
        "throw", "new", "else", "do", "yield", "await"};

    private final String source;
    private final boolean css;
    private final StringBuilder out;
    /** For each template literal being read, the depth of braces inside its open {@code ${…}}, or -1 in its text. */
    private final Deque<int[]> templates = new ArrayDeque<>();
    private int at;

    private ScriptMinifier(String source, boolean css) {
        this.source = source;
        this.css = css;
        this.out = new StringBuilder(source.length());
    }

    /**
     * The script without its comments, indentation and blank lines, ending with a line break; fails on an
     * unterminated string, template literal, regular expression or comment.
     */
    static String minify(String script) {
        ScriptMinifier minifier = new ScriptMinifier(script, false);
        minifier.run();
        return minifier.out.toString();
    }

    /** The stylesheet without its comments, indentation and blank lines, ending with a line break. */
    static String minifyCss(String stylesheet) {
        ScriptMinifier minifier = new ScriptMinifier(stylesheet, true);
        minifier.run();
        return minifier.out.toString();
    }

    private void run() {
        while (at < source.length()) {
            char c = source.charAt(at);
            if (!templates.isEmpty() && templates.peek()[0] < 0) {
                templateText();
            } else if (c == '\n' || c == '\r') {
                lineBreak();
                at++;
            } else if (c == ' ' || c == '\t') {
                space();
            } else if (c == '/' && next() == '*') {
                blockComment();
            } else if (c == '"' || c == '\'') {
                string(c);
            } else if (css) {
                out.append(c);
                at++;
            } else if (c == '/' && next() == '/') {
                skipTo("\n");
            } else if (c == '/' && regexMayStart()) {
                regex();
            } else if (c == '`') {
                out.append(c);
                at++;
                templates.push(new int[] {-1});
            } else {
                code(c);
            }
        }
        lineBreak();
        if (!templates.isEmpty()) {
            throw new IllegalArgumentException("unterminated template literal");
        }
    }

    private void code(char c) {
        if (!templates.isEmpty()) {
            int[] depth = templates.peek();
            if (c == '{') {
                depth[0]++;
            } else if (c == '}' && depth[0] == 0) {
                depth[0] = -1; // back in the template's text
            } else if (c == '}') {
                depth[0]--;
            }
        }
        out.append(c);
        at++;
    }

    private void templateText() {
        while (at < source.length()) {
            char c = source.charAt(at);
            if (c == '\\') {
                out.append(source, at, Math.min(at + 2, source.length()));
                at += 2;
            } else if (c == '`') {
                out.append(c);
                at++;
                templates.pop();
                return;
            } else if (c == '$' && next() == '{') {
                out.append("${");
                at += 2;
                templates.peek()[0] = 0;
                return;
            } else {
                out.append(c);
                at++;
            }
        }
        throw new IllegalArgumentException("unterminated template literal");
    }

    private void string(char quote) {
        int start = at++;
        while (at < source.length() && source.charAt(at) != quote) {
            char c = source.charAt(at);
            if (c == '\n') {
                throw new IllegalArgumentException("unterminated string starting at " + start);
            }
            at += c == '\\' ? 2 : 1;
        }
        if (at >= source.length()) {
            throw new IllegalArgumentException("unterminated string starting at " + start);
        }
        at++;
        out.append(source, start, at);
    }

    private void regex() {
        int start = at++;
        boolean inClass = false;
        while (at < source.length()) {
            char c = source.charAt(at);
            if (c == '\n') {
                break;
            } else if (c == '\\') {
                at++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                at++;
                out.append(source, start, at);
                return;
            }
            at++;
        }
        throw new IllegalArgumentException("unterminated regular expression starting at " + start);
    }

    private void blockComment() {
        int end = source.indexOf("*/", at + 2);
        if (end < 0) {
            throw new IllegalArgumentException("unterminated comment starting at " + at);
        }
        boolean multiLine = source.substring(at, end).indexOf('\n') >= 0;
        at = end + 2;
        if (multiLine) {
            lineBreak();
        } else {
            appendSpace();
        }
    }

    private void skipTo(String end) {
        int found = source.indexOf(end, at);
        at = found < 0 ? source.length() : found;
    }

    private void space() {
        while (at < source.length() && (source.charAt(at) == ' ' || source.charAt(at) == '\t')) {
            at++;
        }
        appendSpace();
    }

    /** One space between two pieces of code on a line; none at a line's start. */
    private void appendSpace() {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n' && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    /** A line break, unless the output is at the start of a line already (which drops blank lines). */
    private void lineBreak() {
        trimTrailingSpace();
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private void trimTrailingSpace() {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private char next() {
        return at + 1 < source.length() ? source.charAt(at + 1) : '\0';
    }

    /** Whether a slash here starts a regular expression rather than dividing: what precedes it decides. */
    private boolean regexMayStart() {
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return true;
        }
        char previous = out.charAt(end - 1);
        if (REGEX_AFTER.indexOf(previous) >= 0) {
            return true;
        }
        int start = end;
        while (start > 0 && Character.isJavaIdentifierPart(out.charAt(start - 1))) {
            start--;
        }
        String word = out.substring(start, end);
        for (String keyword : REGEX_AFTER_WORDS) {
            if (keyword.equals(word)) {
                return true;
            }
        }
        return false;
    }
}
