package dev.jflet.core.types;

import dev.jflet.core.internal.protocol.MsgPackExt;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ext types 1 and 2 as Flet writes and Dart sends them (flet-protocol.md §2.5, datetime_values transcript). */
class DateTimeTest {
    @Test
    void dateTime_isSentAsPythonIsoformatInUtc() {
        assertEquals(MsgPackExt.ofText(1, "2024-06-15T12:30:00+00:00"), DateTime.of(2024, 6, 15, 12, 30).toWire());
        assertEquals("2024-01-01T00:00:00+00:00", DateTime.of(2024, 1, 1, 0, 0).isoFormat());
        assertEquals("0999-12-31T23:59:59.000001+00:00", DateTime.of(999, 12, 31, 23, 59, 59, 1).isoFormat());
    }

    @Test
    void date_isSentAsYearMonthDay() {
        assertEquals(MsgPackExt.ofText(1, "2024-06-15"), DateTime.ofDate(2024, 6, 15).toWire());
        assertTrue(DateTime.ofDate(2024, 6, 15).dateOnly());
        assertFalse(DateTime.ofDate(2024, 6, 15).equals(DateTime.of(2024, 6, 15, 0, 0)));
    }

    @Test
    void parse_dartDateTime_readsAsPythonDoes() {
        DateTime d = DateTime.parse("2024-06-20T00:00:00.000+00:00");
        assertEquals(DateTime.of(2024, 6, 20, 0, 0), d);
        assertEquals("2024-06-20T00:00:00+00:00", d.isoFormat());
        assertEquals(DateTime.of(2024, 6, 20, 0, 0), DateTime.parse("2024-06-20T00:00:00.000Z"));
        assertEquals(DateTime.of(2024, 6, 20, 0, 0, 0, 123456), DateTime.parse("2024-06-20T00:00:00.123456789Z"));
        assertEquals(DateTime.of(2024, 6, 20, 12, 30), DateTime.parse("2024-06-20 12:30"));
    }

    @Test
    void parse_offset_convertsToUtc() {
        assertEquals(DateTime.of(2024, 6, 19, 22, 0), DateTime.parse("2024-06-20T00:00:00+02:00"));
        assertEquals(DateTime.of(2024, 6, 20, 5, 30), DateTime.parse("2024-06-20T00:00:00-0530"));
        assertEquals(DateTime.of(2024, 1, 1, 1, 0), DateTime.parse("2023-12-31T23:00:00-02"));
    }

    @Test
    void parse_dateOnly_staysADate() {
        assertEquals(DateTime.ofDate(2024, 2, 29), DateTime.parse("2024-02-29"));
    }

    @Test
    void parse_malformed_namesTheText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DateTime.parse("2023-02-29T00:00:00"));
        assertEquals("not an ISO 8601 date or date-time: \"2023-02-29T00:00:00\"", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DateTime.parse("2024-06-20T24:00"));
        assertThrows(IllegalArgumentException.class, () -> DateTime.parse("2024-6-20"));
        assertThrows(IllegalArgumentException.class, () -> DateTime.parse("2024-06-20T00:00:00+00:00x"));
        assertThrows(IllegalArgumentException.class, () -> DateTime.parse(""));
    }

    @Test
    void of_outOfRange_namesTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateTime.of(2024, 13, 1, 0, 0));
        assertEquals("month must be between 1 and 12: 13", e.getMessage());
    }

    @Test
    void calendar_agreesWithJavaTime() {
        for (long day = LocalDate.of(1, 1, 1).toEpochDay(); day <= LocalDate.of(9999, 12, 31).toEpochDay(); day += 13) {
            LocalDate expected = LocalDate.ofEpochDay(day);
            DateTime d = DateTime.ofEpochMillis(day * 86_400_000L + 45_296_789L);
            assertEquals(expected.toString() + "T12:34:56.789000+00:00", d.isoFormat());
            assertEquals(d, DateTime.parse(d.isoFormat()));
        }
    }

    @Test
    void javaTime_roundTrips() {
        Instant i = Instant.parse("2024-06-15T12:30:00.123456Z");
        assertEquals(i, DateTime.from(i).toInstant());
        assertEquals(DateTime.of(1969, 12, 31, 23, 59, 59, 999_999), DateTime.from(Instant.ofEpochSecond(0, -1000)));
        assertEquals(LocalTime.of(14, 30), TimeOfDay.of(14, 30).toLocalTime());
    }

    @Test
    void timeOfDay_isSentZeroPadded_andParsedFromDart() {
        assertEquals(MsgPackExt.ofText(2, "09:05"), TimeOfDay.of(9, 5).toWire());
        assertEquals(TimeOfDay.of(9, 5), TimeOfDay.parse("9:5"));
        assertEquals(TimeOfDay.of(14, 30), TimeOfDay.parse("14:30:59.5"));
        assertEquals("14:30:00", TimeOfDay.parse("14:30").isoFormat());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TimeOfDay.parse("24:00"));
        assertEquals("not a time of day (H:M): \"24:00\"", e.getMessage());
    }

    @Test
    void fromWire_acceptsExtStringOrValue_andRejectsOthers() {
        assertEquals(DateTime.of(2024, 6, 20, 0, 0), DateTime.fromWire(MsgPackExt.ofText(1, "2024-06-20T00:00:00Z")));
        assertEquals(TimeOfDay.of(7, 0), TimeOfDay.fromWire("7:0"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateTime.fromWire(5));
        assertEquals("expected a date-time (ext 1), got int 5", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TimeOfDay.fromWire(MsgPackExt.ofText(1, "7:0")));
    }
}
