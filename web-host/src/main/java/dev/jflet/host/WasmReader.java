package dev.jflet.host;

import java.nio.charset.StandardCharsets;

/**
 * Internal: reads the primitive values of a WebAssembly binary (bytes, LEB128 integers, names, value types) from a
 * byte range, failing with the offset on anything out of range.
 */
final class WasmReader {
    private final byte[] bytes;
    private final int end;
    private int pos;

    WasmReader(byte[] bytes, int start, int end) {
        if (start < 0 || end > bytes.length || start > end) {
            throw new WasmFormatException("range " + start + ".." + end + " outside 0.." + bytes.length);
        }
        this.bytes = bytes;
        this.pos = start;
        this.end = end;
    }

    int position() {
        return pos;
    }

    boolean atEnd() {
        return pos >= end;
    }

    int u8() {
        if (pos >= end) {
            throw new WasmFormatException("unexpected end of data at offset " + pos);
        }
        return bytes[pos++] & 0xff;
    }

    /** An unsigned LEB128 integer of at most 32 bits. */
    int u32() {
        long value = unsigned(5);
        if (value > 0xffffffffL) {
            throw new WasmFormatException("u32 out of range at offset " + pos + ": " + value);
        }
        if (value > Integer.MAX_VALUE) {
            throw new WasmFormatException("index too large for this reader at offset " + pos + ": " + value);
        }
        return (int) value;
    }

    /** Skips an unsigned LEB128 integer of at most 64 bits (memory offsets, 64-bit limits). */
    void skipU64() {
        unsigned(10);
    }

    /** A signed LEB128 integer of at most {@code maxBytes} bytes (s32: 5, s33: 5, s64: 10). */
    long signed(int maxBytes) {
        long result = 0;
        int shift = 0;
        for (int i = 0; i < maxBytes; i++) {
            int b = u8();
            result |= (long) (b & 0x7f) << shift;
            shift += 7;
            if ((b & 0x80) == 0) {
                if (shift < 64 && (b & 0x40) != 0) {
                    result |= -1L << shift;
                }
                return result;
            }
        }
        throw new WasmFormatException("signed LEB128 longer than " + maxBytes + " bytes at offset " + pos);
    }

    void skip(int count) {
        if (count < 0 || count > end - pos) {
            throw new WasmFormatException("cannot skip " + count + " bytes at offset " + pos);
        }
        pos += count;
    }

    /** A length-prefixed UTF-8 name. */
    String name() {
        int length = u32();
        int start = pos;
        skip(length);
        return new String(bytes, start, length, StandardCharsets.UTF_8);
    }

    /** A value type: one byte, or a reference type prefix (0x63 nullable, 0x64 non-null) and its heap type. */
    void skipValueType() {
        int code = u8();
        if (code == 0x63 || code == 0x64) {
            signed(5);
        }
    }

    /** A heap type: a negative one-byte abstract type or a type index, both as s33. */
    void skipHeapType() {
        signed(5);
    }

    /** Table and memory limits, in every flag variant (shared, 64-bit). */
    void skipLimits() {
        int flags = u8();
        if (flags > 0x07) {
            throw new WasmFormatException("unknown limits flags 0x" + Integer.toHexString(flags) + " at offset " + pos);
        }
        skipU64();
        if ((flags & 0x01) != 0) {
            skipU64();
        }
    }

    private long unsigned(int maxBytes) {
        long result = 0;
        int shift = 0;
        for (int i = 0; i < maxBytes; i++) {
            int b = u8();
            result |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
            shift += 7;
        }
        throw new WasmFormatException("unsigned LEB128 longer than " + maxBytes + " bytes at offset " + pos);
    }
}
