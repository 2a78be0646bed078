package dev.jflet.core.internal.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Internal: a small MessagePack decoder.
 *
 * <p>Integers decode as {@code Integer} when they fit, else {@code Long}; floats as {@code Double};
 * maps as insertion-ordered {@code LinkedHashMap}; bin as {@code byte[]}; ext as {@link ExtTypes#decode} says.
 * Truncated or malformed input raises {@link MalformedFrameException}.
 */
public final class MsgPackReader {
    private static final int MAX_DEPTH = 512;
    private final byte[] buf;
    private int pos;
    private final int end;

    public MsgPackReader(byte[] buf, int offset, int length) {
        this.buf = buf;
        this.pos = offset;
        this.end = offset + length;
    }

    /** Decodes exactly one value that must span the whole input. */
    public static Object decode(byte[] bytes, int offset) {
        MsgPackReader r = new MsgPackReader(bytes, offset, bytes.length - offset);
        Object v = r.read();
        if (r.pos != r.end) {
            throw new MalformedFrameException((r.end - r.pos) + " trailing bytes after the msgpack value");
        }
        return v;
    }

    public Object read() {
        return read(0);
    }

    private Object read(int depth) {
        if (depth > MAX_DEPTH) {
            throw new MalformedFrameException("msgpack nesting deeper than " + MAX_DEPTH);
        }
        int b = u8();
        if (b <= 0x7f) {
            return b;
        } else if (b >= 0xe0) {
            return (int) (byte) b;
        } else if ((b & 0xf0) == 0x80) {
            return map(b & 0x0f, depth);
        } else if ((b & 0xf0) == 0x90) {
            return array(b & 0x0f, depth);
        } else if ((b & 0xe0) == 0xa0) {
            return str(b & 0x1f);
        }
        switch (b) {
            case 0xc0: return null;
            case 0xc2: return Boolean.FALSE;
            case 0xc3: return Boolean.TRUE;
            case 0xc4: return bytes(u8());
            case 0xc5: return bytes(u16());
            case 0xc6: return bytes(length32());
            case 0xc7: return ext(u8());
            case 0xc8: return ext(u16());
            case 0xc9: return ext(length32());
            case 0xca: return (double) Float.intBitsToFloat((int) be(4));
            case 0xcb: return Double.longBitsToDouble(be(8));
            case 0xcc: return u8();
            case 0xcd: return u16();
            case 0xce: return narrow(be(4) & 0xffffffffL);
            case 0xcf: {
                long v = be(8);
                if (v < 0) {
                    throw new MalformedFrameException("uint64 value does not fit in a signed long");
                }
                return narrow(v);
            }
            case 0xd0: return (int) (byte) u8();
            case 0xd1: return (int) (short) u16();
            case 0xd2: return (int) be(4);
            case 0xd3: return narrow(be(8));
            case 0xd4: return ext(1);
            case 0xd5: return ext(2);
            case 0xd6: return ext(4);
            case 0xd7: return ext(8);
            case 0xd8: return ext(16);
            case 0xd9: return str(u8());
            case 0xda: return str(u16());
            case 0xdb: return str(length32());
            case 0xdc: return array(u16(), depth);
            case 0xdd: return array(length32(), depth);
            case 0xde: return map(u16(), depth);
            case 0xdf: return map(length32(), depth);
            default:
                throw new MalformedFrameException("invalid msgpack type byte 0x" + Integer.toHexString(b)
                        + " at offset " + (pos - 1));
        }
    }

    private static Object narrow(long v) {
        return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? (Object) (int) v : (Object) v;
    }

    private List<Object> array(int n, int depth) {
        need(n);
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(read(depth + 1));
        }
        return list;
    }

    private Map<Object, Object> map(int n, int depth) {
        need(n);
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Object k = read(depth + 1);
            map.put(k, read(depth + 1));
        }
        return map;
    }

    private String str(int n) {
        need(n);
        String s = Utf8.decode(buf, pos, n);
        pos += n;
        return s;
    }

    private byte[] bytes(int n) {
        need(n);
        byte[] b = new byte[n];
        System.arraycopy(buf, pos, b, 0, n);
        pos += n;
        return b;
    }

    /** Ext values Flet defines become Java values ({@link ExtTypes}); others stay {@link MsgPackExt}. */
    private Object ext(int n) {
        int type = (byte) u8();
        return ExtTypes.decode(new MsgPackExt(type, bytes(n)));
    }

    private int length32() {
        long n = be(4) & 0xffffffffL;
        if (n > end - pos) {
            throw new MalformedFrameException("msgpack length " + n + " exceeds the " + (end - pos) + " bytes left");
        }
        return (int) n;
    }

    private void need(int n) {
        if (n < 0 || n > end - pos) {
            throw new MalformedFrameException("msgpack value of length " + n + " exceeds the " + (end - pos)
                    + " bytes left");
        }
    }

    private int u8() {
        if (pos >= end) {
            throw new MalformedFrameException("truncated msgpack data");
        }
        return buf[pos++] & 0xff;
    }

    private int u16() {
        return (int) be(2);
    }

    private long be(int n) {
        if (end - pos < n) {
            throw new MalformedFrameException("truncated msgpack data");
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 8) | (buf[pos++] & 0xff);
        }
        return v;
    }
}
