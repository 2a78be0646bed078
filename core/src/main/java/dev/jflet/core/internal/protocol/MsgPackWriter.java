package dev.jflet.core.internal.protocol;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Internal: a small MessagePack encoder for the values that travel in Flet frames. */
public final class MsgPackWriter {
    private byte[] buf;
    private int len;

    public MsgPackWriter() {
        this(256);
    }

    public MsgPackWriter(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    /** Returns the bytes written so far. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    public int size() {
        return len;
    }

    public MsgPackWriter writeRawByte(int b) {
        ensure(1);
        buf[len++] = (byte) b;
        return this;
    }

    /**
     * Writes any supported value: null, Boolean, Integer, Long, Short, Byte, Double, Float, String,
     * byte[], List, Map (String or Integer keys), {@link WireValue} and {@link MsgPackExt}.
     */
    public MsgPackWriter write(Object v) {
        if (v == null) {
            writeRawByte(0xc0);
        } else if (v instanceof String) {
            writeString((String) v);
        } else if (v instanceof Boolean) {
            writeRawByte((Boolean) v ? 0xc3 : 0xc2);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            writeLong(((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float) {
            writeDouble(((Number) v).doubleValue());
        } else if (v instanceof Map) {
            Map<?, ?> m = (Map<?, ?>) v;
            writeMapHeader(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                write(e.getKey());
                write(e.getValue());
            }
        } else if (v instanceof List) {
            List<?> l = (List<?>) v;
            writeArrayHeader(l.size());
            for (int i = 0; i < l.size(); i++) {
                write(l.get(i));
            }
        } else if (v instanceof WireValue) {
            write(((WireValue) v).toWire());
        } else if (v instanceof byte[]) {
            writeBinary((byte[]) v);
        } else if (v instanceof MsgPackExt) {
            writeExt((MsgPackExt) v);
        } else {
            throw new IllegalArgumentException("Cannot encode value of type " + v.getClass().getName() + ": " + v);
        }
        return this;
    }

    public MsgPackWriter writeLong(long v) {
        if (v >= 0) {
            if (v < 128) {
                writeRawByte((int) v);
            } else if (v < 256) {
                writeRawByte(0xcc).writeRawByte((int) v);
            } else if (v < 65536) {
                writeRawByte(0xcd);
                writeBE(v, 2);
            } else if (v < 4294967296L) {
                writeRawByte(0xce);
                writeBE(v, 4);
            } else {
                writeRawByte(0xcf);
                writeBE(v, 8);
            }
        } else if (v >= -32) {
            writeRawByte((int) v & 0xff);
        } else if (v >= -128) {
            writeRawByte(0xd0).writeRawByte((int) v & 0xff);
        } else if (v >= -32768) {
            writeRawByte(0xd1);
            writeBE(v, 2);
        } else if (v >= Integer.MIN_VALUE) {
            writeRawByte(0xd2);
            writeBE(v, 4);
        } else {
            writeRawByte(0xd3);
            writeBE(v, 8);
        }
        return this;
    }

    /** Writes a double; whole numbers within the int range travel as msgpack ints (Dart: 10 == 10.0). */
    public MsgPackWriter writeDouble(double d) {
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) <= Integer.MAX_VALUE
                && !(d == 0 && 1 / d < 0)) {
            return writeLong((long) d);
        }
        writeRawByte(0xcb);
        writeBE(Double.doubleToLongBits(d), 8);
        return this;
    }

    /** Writes a string as UTF-8, straight into the buffer ({@link Utf8}). */
    public MsgPackWriter writeString(String s) {
        int n = Utf8.length(s);
        if (n < 32) {
            writeRawByte(0xa0 | n);
        } else if (n < 256) {
            writeRawByte(0xd9).writeRawByte(n);
        } else if (n < 65536) {
            writeRawByte(0xda);
            writeBE(n, 2);
        } else {
            writeRawByte(0xdb);
            writeBE(n, 4);
        }
        ensure(n);
        len = Utf8.encode(s, buf, len);
        return this;
    }

    public MsgPackWriter writeBinary(byte[] b) {
        int n = b.length;
        if (n < 256) {
            writeRawByte(0xc4).writeRawByte(n);
        } else if (n < 65536) {
            writeRawByte(0xc5);
            writeBE(n, 2);
        } else {
            writeRawByte(0xc6);
            writeBE(n, 4);
        }
        writeBytes(b);
        return this;
    }

    public MsgPackWriter writeExt(MsgPackExt ext) {
        byte[] d = ext.data();
        int n = d.length;
        switch (n) {
            case 1: writeRawByte(0xd4); break;
            case 2: writeRawByte(0xd5); break;
            case 4: writeRawByte(0xd6); break;
            case 8: writeRawByte(0xd7); break;
            case 16: writeRawByte(0xd8); break;
            default:
                if (n < 256) {
                    writeRawByte(0xc7).writeRawByte(n);
                } else if (n < 65536) {
                    writeRawByte(0xc8);
                    writeBE(n, 2);
                } else {
                    writeRawByte(0xc9);
                    writeBE(n, 4);
                }
        }
        writeRawByte(ext.type());
        writeBytes(d);
        return this;
    }

    public MsgPackWriter writeArrayHeader(int n) {
        if (n < 16) {
            writeRawByte(0x90 | n);
        } else if (n < 65536) {
            writeRawByte(0xdc);
            writeBE(n, 2);
        } else {
            writeRawByte(0xdd);
            writeBE(n, 4);
        }
        return this;
    }

    public MsgPackWriter writeMapHeader(int n) {
        if (n < 16) {
            writeRawByte(0x80 | n);
        } else if (n < 65536) {
            writeRawByte(0xde);
            writeBE(n, 2);
        } else {
            writeRawByte(0xdf);
            writeBE(n, 4);
        }
        return this;
    }

    private void writeBytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    private void writeBE(long v, int bytes) {
        ensure(bytes);
        for (int i = bytes - 1; i >= 0; i--) {
            buf[len++] = (byte) (v >>> (8 * i));
        }
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }
}
