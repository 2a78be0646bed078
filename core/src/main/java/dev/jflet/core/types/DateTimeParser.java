package dev.jflet.core.types;

/** Internal: reads the ISO 8601 forms Dart and Python send, without {@code java.time} (TeaVM has none). */
final class DateTimeParser {
    private final String text;
    private int pos;

    private DateTimeParser(String text) {
        this.text = text;
    }

    /** {@code YYYY-MM-DD[(T| )HH:MM[:SS[.fraction]]][Z|±HH[:MM]]}. */
    static DateTime parseDateTime(String text) {
        if (text == null) {
            throw new IllegalArgumentException("date-time text must not be null");
        }
        DateTimeParser p = new DateTimeParser(text.trim());
        try {
            return p.dateTime();
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not an ISO 8601 date or date-time: \"" + text + "\"");
        }
    }

    /** {@code H:M} (Dart, not zero-padded) or {@code HH:MM[:SS[.fraction]]}; seconds are dropped. */
    static TimeOfDay parseTime(String text) {
        if (text == null) {
            throw new IllegalArgumentException("time text must not be null");
        }
        DateTimeParser p = new DateTimeParser(text.trim());
        try {
            int hour = p.number(1, 2);
            p.expect(':');
            int minute = p.number(1, 2);
            if (p.more() && p.peek() == ':') {
                p.pos++;
                p.number(2, 2);
                p.fraction();
            }
            p.end();
            return TimeOfDay.of(hour, minute);
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a time of day (H:M): \"" + text + "\"");
        }
    }

    private DateTime dateTime() {
        int year = number(4, 4);
        expect('-');
        int month = number(2, 2);
        expect('-');
        int day = number(2, 2);
        if (!more()) {
            return DateTime.ofDate(year, month, day);
        }
        char sep = text.charAt(pos++);
        if (sep != 'T' && sep != 't' && sep != ' ') {
            throw new IllegalArgumentException();
        }
        int hour = number(2, 2);
        expect(':');
        int minute = number(2, 2);
        int second = 0;
        int micros = 0;
        if (more() && peek() == ':') {
            pos++;
            second = number(2, 2);
            micros = fraction();
        }
        long offsetMinutes = offset();
        end();
        long local = DateTime.of(year, month, day, hour, minute, second, micros).epochMicros();
        return DateTime.ofMicros(local - offsetMinutes * 60_000_000L, false);
    }

    /** {@code .f…} or {@code ,f…} as microseconds (digits past the sixth are dropped); 0 when absent. */
    private int fraction() {
        if (!more() || (peek() != '.' && peek() != ',')) {
            return 0;
        }
        pos++;
        int start = pos;
        int micros = 0;
        while (more() && isDigit(peek())) {
            if (pos - start < 6) {
                micros = micros * 10 + (text.charAt(pos) - '0');
            }
            pos++;
        }
        if (pos == start) {
            throw new IllegalArgumentException();
        }
        for (int i = pos - start; i < 6; i++) {
            micros *= 10;
        }
        return micros;
    }

    /** {@code Z}, {@code ±HH}, {@code ±HHMM} or {@code ±HH:MM} in minutes east of UTC; 0 when absent. */
    private long offset() {
        if (!more()) {
            return 0;
        }
        char c = text.charAt(pos++);
        if (c == 'Z' || c == 'z') {
            return 0;
        }
        if (c != '+' && c != '-') {
            throw new IllegalArgumentException();
        }
        int hours = number(2, 2);
        int minutes = 0;
        if (more()) {
            if (peek() == ':') {
                pos++;
            }
            minutes = number(2, 2);
        }
        if (hours > 23 || minutes > 59) {
            throw new IllegalArgumentException();
        }
        long total = hours * 60L + minutes;
        return c == '-' ? -total : total;
    }

    private int number(int minDigits, int maxDigits) {
        int start = pos;
        int value = 0;
        while (more() && pos - start < maxDigits && isDigit(peek())) {
            value = value * 10 + (text.charAt(pos++) - '0');
        }
        if (pos - start < minDigits) {
            throw new IllegalArgumentException();
        }
        return value;
    }

    private void expect(char c) {
        if (text.charAt(pos++) != c) {
            throw new IllegalArgumentException();
        }
    }

    private void end() {
        if (more()) {
            throw new IllegalArgumentException();
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private boolean more() {
        return pos < text.length();
    }

    private char peek() {
        return text.charAt(pos);
    }
}
