package dev.jflet.core.internal.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {
    @Test
    void encode_everyWidthAndUnpairedSurrogates_matchesTheJdk() {
        for (String s : List.of("", "ascii", "héllo", "€ 中文", "😀 pair", "lone \ud800 high", "lone \udc00 low",
                "ends high \ud83d", "\udc00\ud800 reversed", "x".repeat(300) + "é")) {
            byte[] expected = s.getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(expected, Utf8.encode(s), s);
            assertEquals(expected.length, Utf8.length(s), s);
        }
    }

    @Test
    void decode_wellFormed_matchesTheJdk() {
        for (String s : List.of("", "ascii", "héllo", "€ 中文", "😀 pair", "\uffff\u0800\u07ff\u0080")) {
            assertEquals(s, Utf8.decode(s.getBytes(StandardCharsets.UTF_8)), s);
        }
    }

    @Test
    void decode_illFormed_replacesLikeTheJdk() {
        for (String hex : List.of("80", "c0af", "c1bf", "e080af", "eda080", "f08080af", "f4908080", "f5", "ff",
                "e282", "e28241", "f09f98", "f09f9841", "41c3", "c328", "e0a0", "edbfbf", "f48fbfbf")) {
            byte[] bytes = HexFormat.of().parseHex(hex);
            assertEquals(new String(bytes, StandardCharsets.UTF_8), Utf8.decode(bytes), hex);
        }
    }

    @Test
    void decode_randomBytes_matchesTheJdk() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[random.nextInt(12)];
            for (int i = 0; i < bytes.length; i++) {
                int pick = random.nextInt(4);
                bytes[i] = (byte) (pick == 0 ? random.nextInt(0x80) : 0x80 + random.nextInt(0x80));
            }
            assertEquals(new String(bytes, StandardCharsets.UTF_8), Utf8.decode(bytes), HexFormat.of().formatHex(bytes));
        }
    }

    @Test
    void decode_slice_readsOnlyTheSlice() {
        byte[] bytes = "ab€cd".getBytes(StandardCharsets.UTF_8);
        assertEquals("€", Utf8.decode(bytes, 2, 3));
    }
}
