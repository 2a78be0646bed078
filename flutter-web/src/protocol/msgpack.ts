// The subset of MessagePack that Flet's protocol uses (flet-protocol.md §1.7, §2.5). A codec of our
// own keeps integer map keys as numbers (patch path trees index lists with them, §3.4) and lets the
// client send chosen numbers as float64 (page width/height), at a fraction of a general library's size.
import { decodeString } from "./strings";

/** A number the encoder writes as float64 even when it is integral (Flet's Dart client sends doubles). */
export class Float64 {
    constructor(readonly value: number) {}
}

export const f64 = (value: number): Float64 => new Float64(value);

/** A MessagePack ext value other than the date/time types Flet decodes to strings. */
export class ExtValue {
    constructor(
        readonly type: number,
        readonly data: Uint8Array,
    ) {}
}

const utf8Decoder = new TextDecoder();
const utf8Encoder = new TextEncoder();

/** A Duration as Flet's Dart client sends it: ext 3 holding the decimal microseconds (flet-protocol.md §2.5). */
export const durationExt = (micros: number): ExtValue =>
    new ExtValue(3, utf8Encoder.encode(String(Math.round(micros))));

/**
 * Decodes one value. Maps whose keys are all strings become plain objects; a map with any other key
 * becomes a Map so the key keeps its type. ext 1 (datetime) and 2 (time of day) decode to their
 * ISO strings, ext 3 (duration) to microseconds.
 */
export function decode(bytes: Uint8Array): unknown {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let pos = 0;

    const need = (n: number) => {
        if (pos + n > bytes.length) throw new Error(`truncated msgpack data at byte ${pos}`);
    };
    const str = (n: number) => {
        need(n);
        const s = decodeString(bytes, pos, n);
        pos += n;
        return s;
    };
    const bin = (n: number) => {
        need(n);
        const b = bytes.slice(pos, pos + n);
        pos += n;
        return b;
    };
    const array = (n: number) => {
        const a = new Array(n);
        for (let i = 0; i < n; i++) a[i] = value();
        return a;
    };
    const map = (n: number) => {
        // Decoded straight into an object, the common case; a map with a key that is not a string is read
        // again from its start as a Map, so its keys keep their types and their order.
        const start = pos;
        const o: Record<string, unknown> = {};
        for (let i = 0; i < n; i++) {
            const key = value();
            if (typeof key !== "string") {
                pos = start;
                return mapWithAnyKeys(n);
            }
            const v = value();
            // Assigning "__proto__" would replace the prototype instead of adding a key.
            if (key === "__proto__") {
                Object.defineProperty(o, key, { value: v, enumerable: true, writable: true, configurable: true });
            } else o[key] = v;
        }
        return o;
    };
    const mapWithAnyKeys = (n: number) => {
        const m = new Map<unknown, unknown>();
        for (let i = 0; i < n; i++) {
            const key = value();
            m.set(key, value());
        }
        return m;
    };
    const ext = (n: number) => {
        need(1);
        const type = view.getInt8(pos++);
        const data = bin(n);
        if (type === 1 || type === 2) return utf8Decoder.decode(data);
        if (type === 3) return Number(utf8Decoder.decode(data));
        return new ExtValue(type, data);
    };
    const u8 = () => (need(1), bytes[pos++]);
    const u16 = () => (need(2), (pos += 2), view.getUint16(pos - 2));
    const u32 = () => (need(4), (pos += 4), view.getUint32(pos - 4));

    function value(): unknown {
        const b = u8();
        if (b <= 0x7f) return b;
        if (b >= 0xe0) return b - 0x100;
        if ((b & 0xe0) === 0xa0) return str(b & 0x1f);
        if ((b & 0xf0) === 0x90) return array(b & 0x0f);
        if ((b & 0xf0) === 0x80) return map(b & 0x0f);
        switch (b) {
            case 0xc0:
                return null;
            case 0xc2:
                return false;
            case 0xc3:
                return true;
            case 0xc4:
                return bin(u8());
            case 0xc5:
                return bin(u16());
            case 0xc6:
                return bin(u32());
            case 0xc7:
                return ext(u8());
            case 0xc8:
                return ext(u16());
            case 0xc9:
                return ext(u32());
            case 0xca:
                need(4);
                pos += 4;
                return view.getFloat32(pos - 4);
            case 0xcb:
                need(8);
                pos += 8;
                return view.getFloat64(pos - 8);
            case 0xcc:
                return u8();
            case 0xcd:
                return u16();
            case 0xce:
                return u32();
            case 0xcf:
                need(8);
                pos += 8;
                return Number(view.getBigUint64(pos - 8));
            case 0xd0:
                need(1);
                return view.getInt8(pos++);
            case 0xd1:
                need(2);
                pos += 2;
                return view.getInt16(pos - 2);
            case 0xd2:
                need(4);
                pos += 4;
                return view.getInt32(pos - 4);
            case 0xd3:
                need(8);
                pos += 8;
                return Number(view.getBigInt64(pos - 8));
            case 0xd4:
                return ext(1);
            case 0xd5:
                return ext(2);
            case 0xd6:
                return ext(4);
            case 0xd7:
                return ext(8);
            case 0xd8:
                return ext(16);
            case 0xd9:
                return str(u8());
            case 0xda:
                return str(u16());
            case 0xdb:
                return str(u32());
            case 0xdc:
                return array(u16());
            case 0xdd:
                return array(u32());
            case 0xde:
                return map(u16());
            case 0xdf:
                return map(u32());
        }
        throw new Error(`unsupported msgpack type byte 0x${b.toString(16)} at byte ${pos - 1}`);
    }

    const result = value();
    if (pos !== bytes.length) throw new Error(`${bytes.length - pos} unexpected bytes after the msgpack value`);
    return result;
}

/** Encodes one value: integers as the smallest int type, other numbers and Float64 as float64. */
export function encode(input: unknown): Uint8Array {
    let buf = new Uint8Array(256);
    let view = new DataView(buf.buffer);
    let pos = 0;

    const room = (n: number) => {
        if (pos + n <= buf.length) return;
        const bigger = new Uint8Array(Math.max(buf.length * 2, pos + n));
        bigger.set(buf);
        buf = bigger;
        view = new DataView(buf.buffer);
    };
    const byte = (b: number) => (room(1), (buf[pos++] = b));
    const head = (b: number, size: number, n: number) => {
        room(1 + size);
        buf[pos++] = b;
        if (size === 1) view.setUint8(pos, n);
        else if (size === 2) view.setUint16(pos, n);
        else view.setUint32(pos, n);
        pos += size;
    };
    const float = (n: number) => {
        room(9);
        buf[pos++] = 0xcb;
        view.setFloat64(pos, n);
        pos += 8;
    };
    const int = (n: number) => {
        if (n >= 0 && n <= 0x7f) byte(n);
        else if (n < 0 && n >= -32) byte(n + 0x100);
        else if (n >= 0 && n <= 0xff) head(0xcc, 1, n);
        else if (n >= 0 && n <= 0xffff) head(0xcd, 2, n);
        else if (n >= 0 && n <= 0xffffffff) head(0xce, 4, n);
        else if (n >= -0x80 && n < 0) (room(2), (buf[pos++] = 0xd0), view.setInt8(pos++, n));
        else if (n >= -0x8000 && n < 0) (room(3), (buf[pos++] = 0xd1), view.setInt16(pos, n), (pos += 2));
        else if (n >= -0x80000000 && n < 0) (room(5), (buf[pos++] = 0xd2), view.setInt32(pos, n), (pos += 4));
        else float(n);
    };
    const sized = (n: number, fix: number, fixMax: number, b16: number) => {
        if (n <= fixMax) byte(fix | n);
        else if (n <= 0xffff) head(b16, 2, n);
        else head(b16 + 1, 4, n);
    };

    function value(v: unknown): void {
        if (v === null || v === undefined) byte(0xc0);
        else if (v === false) byte(0xc2);
        else if (v === true) byte(0xc3);
        else if (typeof v === "number") Number.isSafeInteger(v) ? int(v) : float(v);
        else if (v instanceof Float64) float(v.value);
        else if (typeof v === "string") {
            const data = utf8Encoder.encode(v);
            if (data.length <= 31) byte(0xa0 | data.length);
            else if (data.length <= 0xff) head(0xd9, 1, data.length);
            else if (data.length <= 0xffff) head(0xda, 2, data.length);
            else head(0xdb, 4, data.length);
            room(data.length);
            buf.set(data, pos);
            pos += data.length;
        } else if (v instanceof Uint8Array) {
            if (v.length <= 0xff) head(0xc4, 1, v.length);
            else if (v.length <= 0xffff) head(0xc5, 2, v.length);
            else head(0xc6, 4, v.length);
            room(v.length);
            buf.set(v, pos);
            pos += v.length;
        } else if (v instanceof ExtValue) {
            const n = v.data.length;
            const fix = [1, 2, 4, 8, 16].indexOf(n);
            if (fix >= 0) byte(0xd4 + fix);
            else if (n <= 0xff) head(0xc7, 1, n);
            else if (n <= 0xffff) head(0xc8, 2, n);
            else head(0xc9, 4, n);
            room(n + 1);
            view.setInt8(pos++, v.type);
            buf.set(v.data, pos);
            pos += n;
        } else if (Array.isArray(v)) {
            sized(v.length, 0x90, 15, 0xdc);
            for (const item of v) value(item);
        } else if (v instanceof Map) {
            sized(v.size, 0x80, 15, 0xde);
            for (const [k, item] of v) (value(k), value(item));
        } else if (typeof v === "object") {
            const entries = Object.entries(v as object).filter(([, item]) => item !== undefined);
            sized(entries.length, 0x80, 15, 0xde);
            for (const [k, item] of entries) (value(k), value(item));
        } else throw new Error(`cannot encode a ${typeof v} as msgpack`);
    }

    value(input);
    return buf.slice(0, pos);
}
