package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.MsgPackExt;
import dev.jflet.core.internal.protocol.WireTypes;
import dev.jflet.core.internal.protocol.WireValue;

/**
 * A point in time in UTC with microsecond precision, or a calendar date: what Flet sends as msgpack ext type 1
 * (flet-protocol.md §2.5). A date-time travels as Python's {@code isoformat()} in UTC,
 * {@code "2024-06-15T12:30:00+00:00"}; a date ({@link #ofDate}) as {@code "2024-06-15"}.
 *
 * <p>Parsing and formatting are done here by hand, so the type works where {@code java.time} does not (TeaVM).
 * {@link #toInstant()} and {@link #from(java.time.Instant)} convert to and from {@code java.time} on the JVM.
 * {@link #compareTo} orders by instant, so a date compares equal to the midnight date-time of the same day,
 * while {@link #equals} tells them apart (as Python's {@code date != datetime}).
 */
public final class DateTime implements WireValue, Comparable<DateTime> {
    /** The msgpack extension type of date-times. */
    public static final int EXT_TYPE = 1;

    private static final long MICROS_PER_DAY = 86_400_000_000L;

    private final long epochMicros;
    private final boolean dateOnly;

    private DateTime(long epochMicros, boolean dateOnly) {
        this.epochMicros = epochMicros;
        this.dateOnly = dateOnly;
    }

    /** {@code year-month-day hour:minute} UTC. */
    public static DateTime of(int year, int month, int day, int hour, int minute) {
        return of(year, month, day, hour, minute, 0, 0);
    }

    /** {@code year-month-day hour:minute:second} UTC. */
    public static DateTime of(int year, int month, int day, int hour, int minute, int second) {
        return of(year, month, day, hour, minute, second, 0);
    }

    /** {@code year-month-day hour:minute:second.microsecond} UTC. */
    public static DateTime of(int year, int month, int day, int hour, int minute, int second, int microsecond) {
        checkDate(year, month, day);
        check("hour", hour, 0, 23);
        check("minute", minute, 0, 59);
        check("second", second, 0, 59);
        check("microsecond", microsecond, 0, 999_999);
        long micros = daysFromCivil(year, month, day) * MICROS_PER_DAY
                + ((hour * 60L + minute) * 60 + second) * 1_000_000L + microsecond;
        return new DateTime(micros, false);
    }

    /** A calendar date without a time, sent as {@code "YYYY-MM-DD"}: Python's {@code datetime.date}. */
    public static DateTime ofDate(int year, int month, int day) {
        checkDate(year, month, day);
        return new DateTime(daysFromCivil(year, month, day) * MICROS_PER_DAY, true);
    }

    /** The instant {@code millis} milliseconds after 1970-01-01T00:00:00Z. */
    public static DateTime ofEpochMillis(long millis) {
        return new DateTime(millis * 1000L, false);
    }

    /** The current time, to the millisecond. */
    public static DateTime now() {
        return ofEpochMillis(System.currentTimeMillis());
    }

    /**
     * Parses ISO 8601 as Dart and Python write it: {@code 2024-06-20}, {@code 2024-06-20T00:00:00.000+00:00},
     * {@code 2024-06-20T00:00:00Z}, {@code 2024-06-20 14:30}. A time without an offset is taken as UTC.
     *
     * @throws IllegalArgumentException if {@code text} is not such a date or date-time
     */
    public static DateTime parse(String text) {
        return DateTimeParser.parseDateTime(text);
    }

    /** Reads a value the client sent: an ext-1 value, a date-time, or an ISO string; null stays null. */
    public static DateTime fromWire(Object wire) {
        if (wire == null || wire instanceof DateTime) {
            return (DateTime) wire;
        }
        if (wire instanceof MsgPackExt && ((MsgPackExt) wire).type() == EXT_TYPE) {
            return parse(((MsgPackExt) wire).text());
        }
        if (wire instanceof String) {
            return parse((String) wire);
        }
        throw new IllegalArgumentException("expected a date-time (ext 1), got "
                + WireTypes.describe(wire));
    }

    static DateTime ofMicros(long epochMicros, boolean dateOnly) {
        return new DateTime(epochMicros, dateOnly);
    }

    /** Converts to {@code java.time}; JVM only (TeaVM compiles this only for apps that call it). */
    public java.time.Instant toInstant() {
        return java.time.Instant.ofEpochSecond(Math.floorDiv(epochMicros, 1_000_000L),
                Math.floorMod(epochMicros, 1_000_000L) * 1000L);
    }

    /** Converts from {@code java.time}, dropping nanoseconds; JVM only. */
    public static DateTime from(java.time.Instant instant) {
        return new DateTime(instant.getEpochSecond() * 1_000_000L
                + instant.getNano() / 1000, false);
    }

    /** Microseconds since 1970-01-01T00:00:00Z. */
    public long epochMicros() {
        return epochMicros;
    }

    /** Milliseconds since 1970-01-01T00:00:00Z. */
    public long epochMillis() {
        return Math.floorDiv(epochMicros, 1000L);
    }

    /** Whether this is a calendar date without a time ({@link #ofDate}). */
    public boolean dateOnly() {
        return dateOnly;
    }

    public int year() {
        return civil()[0];
    }

    /** The month, 1 to 12. */
    public int month() {
        return civil()[1];
    }

    /** The day of the month, 1 to 31. */
    public int day() {
        return civil()[2];
    }

    public int hour() {
        return (int) (microsOfDay() / 3_600_000_000L);
    }

    public int minute() {
        return (int) (microsOfDay() / 60_000_000L % 60);
    }

    public int second() {
        return (int) (microsOfDay() / 1_000_000L % 60);
    }

    public int microsecond() {
        return (int) (microsOfDay() % 1_000_000L);
    }

    private long microsOfDay() {
        return Math.floorMod(epochMicros, MICROS_PER_DAY);
    }

    private int[] civil() {
        return civilFromDays(Math.floorDiv(epochMicros, MICROS_PER_DAY));
    }

    /**
     * Python's {@code isoformat()} in UTC: {@code 2024-06-15T12:30:00+00:00}, with {@code .ffffff} when there are
     * microseconds; {@code 2024-06-15} for a date.
     */
    public String isoFormat() {
        int[] c = civil();
        StringBuilder sb = new StringBuilder(32);
        pad(sb, c[0], 4).append('-');
        pad(sb, c[1], 2).append('-');
        pad(sb, c[2], 2);
        if (dateOnly) {
            return sb.toString();
        }
        sb.append('T');
        pad(sb, hour(), 2).append(':');
        pad(sb, minute(), 2).append(':');
        pad(sb, second(), 2);
        if (microsecond() != 0) {
            pad(sb.append('.'), microsecond(), 6);
        }
        return sb.append("+00:00").toString();
    }

    static StringBuilder pad(StringBuilder sb, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s);
    }

    @Override
    public Object toWire() {
        return MsgPackExt.ofText(EXT_TYPE, isoFormat());
    }

    @Override
    public int compareTo(DateTime o) {
        return Long.compare(epochMicros, o.epochMicros);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DateTime && ((DateTime) o).epochMicros == epochMicros && ((DateTime) o).dateOnly == dateOnly;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(epochMicros) * 31 + (dateOnly ? 1 : 0);
    }

    @Override
    public String toString() {
        return isoFormat();
    }

    // ---- the proleptic Gregorian calendar (Howard Hinnant's civil-days algorithms) ----

    static long daysFromCivil(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    static int[] civilFromDays(long days) {
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int day = (int) (doy - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        int year = (int) (yoe + era * 400 + (month <= 2 ? 1 : 0));
        return new int[] {year, month, day};
    }

    static void checkDate(int year, int month, int day) {
        check("year", year, 1, 9999);
        check("month", month, 1, 12);
        check("day", day, 1, daysInMonth(year, month));
    }

    static int daysInMonth(int year, int month) {
        if (month == 2) {
            boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    static void check(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ": " + value);
        }
    }
}
