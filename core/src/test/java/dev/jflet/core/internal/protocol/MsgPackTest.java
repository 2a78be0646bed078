package dev.jflet.core.internal.protocol;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MsgPackTest {
    private static byte[] encode(Object v) {
        return new MsgPackWriter().write(v).toByteArray();
    }

    private static Object roundTrip(Object v) {
        return MsgPackReader.decode(encode(v), 0);
    }

    @Test
    void integers_eachWidth_useSmallestEncoding() {
        assertEquals("05", hex(5));
        assertEquals("ff", hex(-1));
        assertEquals("ccc8", hex(200));
        assertEquals("cd0400", hex(1024));
        assertEquals("ce00010000", hex(65536));
        assertEquals("d080", hex(-128));
        assertEquals("cf0000000100000000", hex(4294967296L));
    }

    @Test
    void doubles_wholeNumbers_travelAsInts() {
        assertEquals("0a", hex(10.0));
        assertEquals("cb3ff8000000000000", hex(1.5));
        assertEquals("cb8000000000000000", hex(-0.0));
    }

    @Test
    void roundTrip_nestedValues_decodeToJavaTypes() {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put("s", "héllo");
        m.put("l", List.of(1, true, false, 2.5));
        m.put(0, "int key");
        m.put("n", null);
        m.put("big", 5_000_000_000L);
        assertEquals(m, roundTrip(m));
    }

    @Test
    void strings_longerThan31Bytes_useStr8() {
        String s = "x".repeat(40);
        assertEquals(0xd9, encode(s)[0] & 0xff);
        assertEquals(s, roundTrip(s));
    }

    @Test
    void strings_eachUtf8Width_matchTheJdksBytes() {
        for (String s : List.of("", "plain ascii", "héllo wörld", "€ and 中文", "emoji 😀 pair", "x".repeat(300) + "é",
                "lone \ud800 high", "lone \udc00 low", "ends high \ud83d")) {
            byte[] expected = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] packed = encode(s);
            byte[] body = Arrays.copyOfRange(packed, packed.length - expected.length, packed.length);
            assertArrayEquals(expected, body, s);
            assertEquals(expected.length, Utf8.length(s), s);
            assertEquals(new String(expected, java.nio.charset.StandardCharsets.UTF_8), roundTrip(s), s);
        }
    }

    @Test
    void binaryAndExt_roundTrip() {
        byte[] b = {1, 2, 3};
        assertArrayEquals(b, (byte[]) roundTrip(b));
        // Type 5 is not one of Flet's, so it stays an ext value; ExtTypesTest covers types 1, 2 and 4.
        MsgPackExt ext = MsgPackExt.ofText(5, "2024-01-02T03:04:05+00:00");
        assertEquals(ext, roundTrip(ext));
    }

    @Test
    void truncatedInput_isRejectedWithReason() {
        byte[] full = encode(List.of("abcdef"));
        byte[] cut = Arrays.copyOf(full, full.length - 2);
        MalformedFrameException e = assertThrows(MalformedFrameException.class, () -> MsgPackReader.decode(cut, 0));
        assertEquals("msgpack value of length 6 exceeds the 4 bytes left", e.getMessage());
    }

    @Test
    void hugeDeclaredLength_isRejectedBeforeAllocating() {
        byte[] bogus = {(byte) 0xdd, (byte) 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        assertThrows(MalformedFrameException.class, () -> MsgPackReader.decode(bogus, 0));
    }

    @Test
    void invalidTypeByte_isRejected() {
        MalformedFrameException e = assertThrows(MalformedFrameException.class,
                () -> MsgPackReader.decode(new byte[] {(byte) 0xc1}, 0));
        assertEquals("invalid msgpack type byte 0xc1 at offset 0", e.getMessage());
    }

    @Test
    void frames_wrongEnvelope_explainWhatIsWrong() {
        assertEquals("empty packet", assertThrows(MalformedFrameException.class,
                () -> Frames.decode(new byte[0])).getMessage());
        assertEquals("unsupported packet type byte 0x7", assertThrows(MalformedFrameException.class,
                () -> Frames.decode(new byte[] {7, (byte) 0x90})).getMessage());
        byte[] notPair = new MsgPackWriter().writeRawByte(0).write(List.of(1)).toByteArray();
        assertEquals("a frame must be a 2-element array [action, body], got array [1]",
                assertThrows(MalformedFrameException.class, () -> Frames.decode(notPair)).getMessage());
    }

    @Test
    void frames_encodeThenDecode_keepActionAndBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", 1);
        body.put("patch", List.of(List.of(0)));
        byte[] packet = Frames.encode(Action.PATCH_CONTROL, body);
        assertEquals(0, packet[0]);
        Message m = Frames.decode(packet);
        assertEquals(2, m.action());
        assertEquals(body, m.body());
    }

    private static String hex(Object v) {
        return HexFormat.of().formatHex(encode(v));
    }
}
