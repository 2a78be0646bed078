package dev.jflet.core.internal.protocol;

import java.util.List;
import java.util.Map;

/** Internal: packet framing, {@code 0x00} + msgpack {@code [action, body]} (flet-protocol.md §1.7, §2.1). */
public final class Frames {
    /** The type byte of a protocol frame. */
    public static final int PROTOCOL_FRAME = 0x00;

    private Frames() {
    }

    /** Encodes one packet. */
    public static byte[] encode(int action, Map<String, ?> body) {
        MsgPackWriter w = new MsgPackWriter(128);
        w.writeRawByte(PROTOCOL_FRAME);
        w.writeArrayHeader(2);
        w.writeLong(action);
        w.write(body);
        return w.toByteArray();
    }

    /** Decodes one packet, checking its envelope. */
    public static Message decode(byte[] packet) {
        if (packet == null || packet.length == 0) {
            throw new MalformedFrameException("empty packet");
        }
        if ((packet[0] & 0xff) != PROTOCOL_FRAME) {
            throw new MalformedFrameException("unsupported packet type byte 0x" + Integer.toHexString(packet[0] & 0xff));
        }
        Object v = MsgPackReader.decode(packet, 1);
        if (!(v instanceof List) || ((List<?>) v).size() != 2) {
            throw new MalformedFrameException("a frame must be a 2-element array [action, body], got " + describe(v));
        }
        List<?> l = (List<?>) v;
        if (!(l.get(0) instanceof Integer)) {
            throw new MalformedFrameException("frame action must be an integer, got " + describe(l.get(0)));
        }
        if (!(l.get(1) instanceof Map)) {
            throw new MalformedFrameException("frame body must be a map, got " + describe(l.get(1)));
        }
        @SuppressWarnings("unchecked")
        Map<Object, Object> body = (Map<Object, Object>) l.get(1);
        return new Message((Integer) l.get(0), body);
    }

    static String describe(Object v) {
        return WireTypes.describe(v);
    }
}
