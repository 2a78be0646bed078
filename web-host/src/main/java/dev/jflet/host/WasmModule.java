package dev.jflet.host;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Internal: the parts of a WebAssembly module that {@link WasmJsBodies} reads: imports, the initializers of the
 * module's own globals, exports, function bodies and data segments. Everything else is skipped.
 *
 * @param bytes the whole binary
 * @param importedFunctions "module.name" of each imported function, by function index
 * @param importedGlobalCount how many globals are imported (they come first in the global index space)
 * @param globalInitializers the instructions of each defined global's initializer, by global index minus imports
 * @param exportedFunctions function index by export name
 * @param functionBodies the byte range of each function body's instructions (after its locals)
 * @param dataSegments the byte range of each data segment's contents
 */
record WasmModule(
        byte[] bytes,
        List<String> importedFunctions,
        int importedGlobalCount,
        List<List<long[]>> globalInitializers,
        Map<String, Integer> exportedFunctions,
        List<int[]> functionBodies,
        List<int[]> dataSegments) {

    private static final int IMPORT = 2;
    private static final int GLOBAL = 6;
    private static final int EXPORT = 7;
    private static final int CODE = 10;
    private static final int DATA = 11;

    /** Parses {@code bytes}; throws {@link WasmFormatException} when they are not a WebAssembly 1 module. */
    static WasmModule parse(byte[] bytes) {
        WasmReader in = new WasmReader(bytes, 0, bytes.length);
        if (bytes.length < 8 || in.u8() != 0x00 || in.u8() != 0x61 || in.u8() != 0x73 || in.u8() != 0x6d) {
            throw new WasmFormatException("not a WebAssembly binary (no \\0asm magic)");
        }
        int version = in.u8() | in.u8() << 8 | in.u8() << 16 | in.u8() << 24;
        if (version != 1) {
            throw new WasmFormatException("WebAssembly binary version " + version + ", expected 1");
        }
        List<String> importedFunctions = new ArrayList<>();
        int[] importedGlobals = {0};
        List<List<long[]>> globals = new ArrayList<>();
        Map<String, Integer> exports = new HashMap<>();
        List<int[]> bodies = new ArrayList<>();
        List<int[]> data = new ArrayList<>();
        while (!in.atEnd()) {
            int id = in.u8();
            int size = in.u32();
            int start = in.position();
            WasmReader section = new WasmReader(bytes, start, start + size);
            switch (id) {
                case IMPORT -> readImports(section, importedFunctions, importedGlobals);
                case GLOBAL -> readGlobals(section, globals);
                case EXPORT -> readExports(section, exports);
                case CODE -> readCode(bytes, section, bodies);
                case DATA -> readData(section, data);
                default -> { }
            }
            in.skip(size);
        }
        return new WasmModule(bytes, importedFunctions, importedGlobals[0], globals, exports, bodies, data);
    }

    private static void readImports(WasmReader in, List<String> functions, int[] globalCount) {
        int count = in.u32();
        for (int i = 0; i < count; i++) {
            String module = in.name();
            String name = in.name();
            int kind = in.u8();
            switch (kind) {
                case 0 -> {
                    in.u32();
                    functions.add(module + "." + name);
                }
                case 1 -> {
                    in.skipValueType();
                    in.skipLimits();
                }
                case 2 -> in.skipLimits();
                case 3 -> {
                    in.skipValueType();
                    in.u8();
                    globalCount[0]++;
                }
                case 4 -> {
                    in.u8();
                    in.u32();
                }
                default -> throw new WasmFormatException("unknown import kind " + kind + " for " + module + "." + name);
            }
        }
    }

    private static void readGlobals(WasmReader in, List<List<long[]>> globals) {
        int count = in.u32();
        for (int i = 0; i < count; i++) {
            in.skipValueType();
            in.u8();
            List<long[]> init = new ArrayList<>();
            WasmInstructions code = new WasmInstructions(in);
            while (code.next()) {
                init.add(new long[] {code.opcode(), code.index()});
            }
            globals.add(init);
        }
    }

    private static void readExports(WasmReader in, Map<String, Integer> exports) {
        int count = in.u32();
        for (int i = 0; i < count; i++) {
            String name = in.name();
            int kind = in.u8();
            int index = in.u32();
            if (kind == 0) {
                exports.put(name, index);
            }
        }
    }

    private static void readCode(byte[] bytes, WasmReader in, List<int[]> bodies) {
        int count = in.u32();
        for (int i = 0; i < count; i++) {
            int size = in.u32();
            int end = in.position() + size;
            WasmReader body = new WasmReader(bytes, in.position(), end);
            int localGroups = body.u32();
            for (int g = 0; g < localGroups; g++) {
                body.u32();
                body.skipValueType();
            }
            bodies.add(new int[] {body.position(), end});
            in.skip(size);
        }
    }

    private static void readData(WasmReader in, List<int[]> segments) {
        int count = in.u32();
        for (int i = 0; i < count; i++) {
            int flags = in.u32();
            if (flags == 2) {
                in.u32();
            }
            if (flags == 0 || flags == 2) {
                WasmInstructions offset = new WasmInstructions(in);
                while (offset.next()) {
                    // The offset expression is not needed, only skipped.
                }
            } else if (flags != 1) {
                throw new WasmFormatException("unknown data segment flags " + flags);
            }
            int size = in.u32();
            segments.add(new int[] {in.position(), in.position() + size});
            in.skip(size);
        }
    }
}
