package dev.jflet.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading @JSBody functions from a module laid out as TeaVM 0.15 writes it, built byte by byte. */
class WasmJsBodiesTest {
    private static final int CREATE_FUNCTION_1 = 0;
    private static final int STRING_TO_JS = 1;
    private static final int INIT_STRINGS = 2;

    @Test
    void read_createFunctionWithStringConstants_givesParametersAndBody() {
        byte[] wasm = module(new byte[] {0x23, 0, 0x10, STRING_TO_JS, 0x23, 1, 0x10, STRING_TO_JS,
            0x10, CREATE_FUNCTION_1, 0x1a});

        assertEquals(List.of(new WasmJsBodies.JsBody(List.of("m"), "return m;")), WasmJsBodies.read(wasm));
    }

    @Test
    void read_bodyThatIsNoStringConstant_failsNamingTheArgument() {
        byte[] wasm = module(new byte[] {0x23, 0, 0x10, STRING_TO_JS, 0x41, 7, 0x10, STRING_TO_JS,
            0x10, CREATE_FUNCTION_1, 0x1a});

        WasmFormatException e = assertThrows(WasmFormatException.class, () -> WasmJsBodies.read(wasm));
        assertEquals("argument 2 of a createFunction1 call is not a string constant passed through"
                + " teavm.stringToJs", e.getMessage());
    }

    @Test
    void read_moduleWithoutCreateFunction_hasNoBodies() {
        assertEquals(List.of(), WasmJsBodies.read(new byte[] {0, 0x61, 0x73, 0x6d, 1, 0, 0, 0}));
    }

    @Test
    void read_notWebAssembly_fails() {
        WasmFormatException e = assertThrows(WasmFormatException.class,
                () -> WasmJsBodies.read("<html></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("not a WebAssembly binary (no \\0asm magic)", e.getMessage());
    }

    @Test
    void decodePool_lengthsInUtf16UnitsAndWtf8_decodesEachString() {
        byte[] pool = pool("m", "é€", "");

        assertEquals(Optional.of(List.of("m", "é€", "")), WasmJsBodies.decodePool(pool, 0, pool.length));
        assertEquals(Optional.empty(), WasmJsBodies.decodePool(pool, 0, pool.length - 2));
    }

    @Test
    void instructions_blockWithLongTypeIndex_isSkippedWhole() {
        // block (type 200) end end: 200 is the two-byte LEB128 0xc8 0x01, whose first byte has bit 6 set.
        byte[] code = {0x02, (byte) 0xc8, 0x01, 0x0b, 0x0b};
        WasmInstructions ops = new WasmInstructions(new WasmReader(code, 0, code.length));
        int count = 0;
        while (ops.next()) {
            count++;
        }
        assertEquals(3, count);
    }

    /**
     * A module importing teavmJso.createFunction1 (function 0), exporting teavm.stringToJs (function 1), with three
     * string globals filled from a pool ("m", "return m;", "é"), and an initializer (function 3) that hands the
     * globals to the pool and then runs {@code body}.
     */
    private static byte[] module(byte[] body) {
        Bytes out = new Bytes().raw(0, 0x61, 0x73, 0x6d, 1, 0, 0, 0);
        out.section(2, new Bytes().u(1).name("teavmJso").name("createFunction1").raw(0).u(0));
        Bytes globals = new Bytes().u(3);
        for (int i = 0; i < 3; i++) {
            globals.raw(0x64, 0, 0, 0xfb, 1, 0, 0x0b);
        }
        out.section(6, globals);
        out.section(7, new Bytes().u(1).name("teavm.stringToJs").raw(0).u(STRING_TO_JS));
        Bytes init = new Bytes().raw(0, 0x23, 0, 0x23, 1, 0x23, 2, 0xfb, 8, 4, 3, 0x10, INIT_STRINGS);
        for (byte b : body) {
            init.raw(b & 0xff);
        }
        init.raw(0x0b);
        out.section(10, new Bytes().u(3).func(new Bytes().raw(0, 0x0b)).func(new Bytes().raw(0, 0x0b)).func(init));
        byte[] pool = pool("m", "return m;", "é");
        Bytes data = new Bytes().u(1).raw(0, 0x41, 0, 0x0b).u(pool.length);
        for (byte b : pool) {
            data.raw(b & 0xff);
        }
        out.section(11, data);
        return out.bytes();
    }

    private static byte[] pool(String... strings) {
        Bytes out = new Bytes();
        for (String s : strings) {
            out.u(s.length());
            for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
                out.raw(b & 0xff);
            }
        }
        return out.bytes();
    }

    /** A tiny WebAssembly writer: raw bytes, LEB128, names, sections and function bodies. */
    private static final class Bytes {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Bytes raw(int... values) {
            for (int v : values) {
                out.write(v);
            }
            return this;
        }

        Bytes u(int value) {
            do {
                int b = value & 0x7f;
                value >>>= 7;
                out.write(value != 0 ? b | 0x80 : b);
            } while (value != 0);
            return this;
        }

        Bytes name(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            u(utf8.length);
            out.writeBytes(utf8);
            return this;
        }

        Bytes section(int id, Bytes content) {
            raw(id).u(content.out.size());
            out.writeBytes(content.bytes());
            return this;
        }

        Bytes func(Bytes body) {
            u(body.out.size());
            out.writeBytes(body.bytes());
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
