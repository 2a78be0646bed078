package dev.jflet.core.internal.protocol;

import java.util.Arrays;

/** Internal: a msgpack extension value (Flet uses type 1 for datetimes, 2 for times of day). */
public final class MsgPackExt {
    private final int type;
    private final byte[] data;

    public MsgPackExt(int type, byte[] data) {
        this.type = type;
        this.data = data;
    }

    public static MsgPackExt ofText(int type, String text) {
        return new MsgPackExt(type, Utf8.encode(text));
    }

    public int type() {
        return type;
    }

    public byte[] data() {
        return data;
    }

    public String text() {
        return Utf8.decode(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MsgPackExt && ((MsgPackExt) o).type == type && Arrays.equals(((MsgPackExt) o).data, data);
    }

    @Override
    public int hashCode() {
        return type * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "ext(" + type + ", " + text() + ")";
    }
}
