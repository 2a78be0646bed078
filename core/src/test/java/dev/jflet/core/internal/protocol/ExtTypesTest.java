package dev.jflet.core.internal.protocol;

import dev.jflet.core.types.DateTime;
import dev.jflet.core.types.TimeOfDay;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reader turns Flet's ext types into Java values; the writer sends the value types as ext. */
class ExtTypesTest {
    @Test
    void reader_decodesDateTimeAndTimeOfDay() {
        byte[] packed = new MsgPackWriter().write(List.of(MsgPackExt.ofText(1, "2024-06-20T00:00:00.000+00:00"),
                MsgPackExt.ofText(2, "14:30"), MsgPackExt.ofText(4, "[object Object]"))).toByteArray();
        assertEquals(List.of(DateTime.of(2024, 6, 20, 0, 0), TimeOfDay.of(14, 30), "[object Object]"),
                MsgPackReader.decode(packed, 0));
    }

    @Test
    void reader_keepsMalformedExtValues_forThePropertyDecoderToReject() {
        MsgPackExt bad = MsgPackExt.ofText(1, "yesterday");
        assertEquals(bad, MsgPackReader.decode(new MsgPackWriter().write(bad).toByteArray(), 0));
    }

    @Test
    void writer_encodesValueTypesAsFletDoes() {
        // Byte for byte as in datetime_values.frames.hex (ext 8 with the type and the UTF-8 text).
        assertArrayEquals(HexFormat.of().parseHex("c7050230393a3035"),
                new MsgPackWriter().write(TimeOfDay.of(9, 5)).toByteArray());
        byte[] date = new MsgPackWriter().write(DateTime.of(2024, 6, 15, 12, 30)).toByteArray();
        assertEquals("c71901" + HexFormat.of().formatHex("2024-06-15T12:30:00+00:00".getBytes()),
                HexFormat.of().formatHex(date));
    }
}
