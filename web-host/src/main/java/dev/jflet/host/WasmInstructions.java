package dev.jflet.host;

/**
 * Internal: steps through WebAssembly instructions (MVP, reference types, GC, exception handling, bulk memory),
 * skipping their immediates and keeping the first index immediate of each. Unknown opcodes (SIMD, threads) fail
 * with their offset rather than being misread.
 */
final class WasmInstructions {
    static final int END = 0x0b;
    static final int CALL = 0x10;
    static final int GLOBAL_GET = 0x23;
    /** {@code struct.new_default}: the GC prefix 0xfb and sub-opcode 1. */
    static final int STRUCT_NEW_DEFAULT = 0xfb << 16 | 1;
    /** {@code array.new_fixed}: the GC prefix 0xfb and sub-opcode 8. */
    static final int ARRAY_NEW_FIXED = 0xfb << 16 | 8;

    private final WasmReader in;
    private int opcode;
    private long index;
    private long count;
    private int depth;

    WasmInstructions(WasmReader in) {
        this.in = in;
    }

    /** The current instruction: one byte, or the prefix shifted left 16 bits ORed with the sub-opcode. */
    int opcode() {
        return opcode;
    }

    /** The first index immediate of the current instruction (function, global, type, local, label), else -1. */
    long index() {
        return index;
    }

    /** The element count of an {@code array.new_fixed}, else -1. */
    long count() {
        return count;
    }

    /**
     * Reads the next instruction; false when the range is used up or an {@code end} closed the outermost block
     * (the end of a function body or constant expression).
     */
    boolean next() {
        if (in.atEnd() || depth < 0) {
            return false;
        }
        int at = in.position();
        opcode = in.u8();
        index = -1;
        count = -1;
        switch (opcode) {
            case 0x00, 0x01, 0x05, 0x0a, 0x0f, 0x19, 0x1a, 0x1b, 0xd1, 0xd3, 0xd4 -> { }
            case END -> depth--;
            case 0x02, 0x03, 0x04, 0x06 -> {
                blockType();
                depth++;
            }
            case 0x1f -> {
                blockType();
                int catches = in.u32();
                for (int i = 0; i < catches; i++) {
                    int kind = in.u8();
                    if (kind <= 1) {
                        in.u32();
                    }
                    in.u32();
                }
                depth++;
            }
            case 0x07, 0x08, 0x09, 0x0c, 0x0d, CALL, 0x12, 0x14, 0x15, 0x18, 0x20, 0x21, 0x22, GLOBAL_GET, 0x24,
                    0x25, 0x26, 0xd2, 0xd5, 0xd6 -> index = in.u32();
            case 0x0e -> {
                int labels = in.u32();
                for (int i = 0; i <= labels; i++) {
                    in.u32();
                }
            }
            case 0x11, 0x13 -> {
                index = in.u32();
                in.u32();
            }
            case 0x1c -> {
                int types = in.u32();
                for (int i = 0; i < types; i++) {
                    in.skipValueType();
                }
            }
            case 0x3f, 0x40 -> in.u32();
            case 0x41 -> in.signed(5);
            case 0x42 -> in.signed(10);
            case 0x43 -> in.skip(4);
            case 0x44 -> in.skip(8);
            case 0xd0 -> in.skipHeapType();
            case 0xfb -> gc(in.u32());
            case 0xfc -> misc(in.u32());
            default -> {
                if (opcode >= 0x28 && opcode <= 0x3e) {
                    memArg();
                } else if (opcode < 0x45 || opcode > 0xc4) {
                    throw new WasmFormatException("unsupported opcode 0x" + Integer.toHexString(opcode)
                            + " at offset " + at);
                }
            }
        }
        return true;
    }

    private void blockType() {
        int code = in.u8();
        if (code == 0x63 || code == 0x64) {
            in.skipHeapType();
        } else {
            // One byte: empty (0x40), a value type, or a type index below 64; else a longer s33 type index.
            while ((code & 0x80) != 0) {
                code = in.u8();
            }
        }
    }

    private void memArg() {
        int align = in.u32();
        if ((align & 0x40) != 0) {
            in.u32();
        }
        in.skipU64();
    }

    private void gc(int sub) {
        opcode = 0xfb << 16 | sub;
        switch (sub) {
            case 0, 1, 6, 7, 11, 12, 13, 14, 16 -> index = in.u32();
            case 8 -> {
                index = in.u32();
                count = in.u32();
            }
            case 2, 3, 4, 5, 9, 10, 17, 18, 19 -> {
                index = in.u32();
                in.u32();
            }
            case 15, 26, 27, 28, 29, 30 -> { }
            case 20, 21, 22, 23 -> in.skipHeapType();
            case 24, 25 -> {
                in.u8();
                index = in.u32();
                in.skipHeapType();
                in.skipHeapType();
            }
            default -> throw new WasmFormatException("unsupported GC instruction 0xfb " + sub
                    + " before offset " + in.position());
        }
    }

    private void misc(int sub) {
        opcode = 0xfc << 16 | sub;
        switch (sub) {
            case 0, 1, 2, 3, 4, 5, 6, 7 -> { }
            case 8, 10, 12, 14 -> {
                index = in.u32();
                in.u32();
            }
            case 9, 11, 13, 15, 16, 17 -> index = in.u32();
            default -> throw new WasmFormatException("unsupported instruction 0xfc " + sub
                    + " before offset " + in.position());
        }
    }
}
