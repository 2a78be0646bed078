import { describe, expect, it } from "vitest";
import { decodeFrame, encodeFrame } from "../src/protocol/frames";
import { decode, encode, f64 } from "../src/protocol/msgpack";
import { backendFrames, frames, hexBytes, toHex } from "./support/transcripts";

describe("msgpack", () => {
    it("round-trips the value types Flet uses", () => {
        const value = {
            n: null,
            t: true,
            f: false,
            small: 5,
            neg: -3,
            byte: 200,
            short: 60000,
            int: 70000,
            negInt: -70000,
            big: 2 ** 40,
            float: 1.5,
            str: "héllo",
            long: "x".repeat(300),
            list: [1, [2, "3"]],
            bytes: new Uint8Array([1, 2, 3]),
        };
        expect(decode(encode(value))).toEqual(value);
    });

    it("encodes integers compactly and non-integers as float64", () => {
        expect(toHex(encode(1))).toBe("01");
        expect(toHex(encode(-1))).toBe("ff");
        expect(toHex(encode(255))).toBe("ccff");
        expect(toHex(encode(65604))).toBe("ce00010044");
        expect(toHex(encode(-200))).toBe("d1ff38");
        expect(toHex(encode(0.5))).toBe("cb3fe0000000000000");
    });

    it("writes Float64 values as float64 even when integral", () => {
        expect(toHex(encode(f64(1280)))).toBe("cb4094000000000000");
        expect(toHex(encode({ width: f64(0) }))).toBe("81a57769647468cb0000000000000000");
    });

    it("keeps integer map keys as numbers", () => {
        // {views: [1, {0: [2]}]}: a path tree whose list index key is a msgpack int.
        const tree = decode(hexBytes("81a57669657773920181009102")) as Record<string, unknown>;
        const node = tree.views as [number, Map<unknown, unknown>];
        expect(node[1]).toBeInstanceOf(Map);
        expect([...node[1].keys()]).toEqual([0]);
        expect(typeof [...node[1].keys()][0]).toBe("number");
    });

    it("reads a map whose later key is not a string as a Map, in its order, nested values included", () => {
        // {"b": {"x": 1}, "a": 2, 3: "c", "0": 4}
        const m = decode(hexBytes("84a16281a17801a1610203a163a13004")) as Map<unknown, unknown>;
        expect(m).toBeInstanceOf(Map);
        expect([...m.keys()]).toEqual(["b", "a", 3, "0"]);
        expect(m.get("b")).toEqual({ x: 1 });
        expect(m.get(3)).toBe("c");
        expect(decode(hexBytes("92" + "82a16101a16202" + "01"))).toEqual([{ a: 1, b: 2 }, 1]);
    });

    it("decodes string-keyed maps to plain objects without touching prototypes", () => {
        const value = decode(encode({ __proto__: 1 } as unknown as object)) as Record<string, unknown>;
        expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
        expect(decode(encode({ a: { b: 1 } }))).toEqual({ a: { b: 1 } });
    });

    it("decodes Flet's date and time ext types to strings", () => {
        const iso = "2024-01-02T03:04:05+00:00";
        const data = new TextEncoder().encode(iso);
        const bytes = new Uint8Array([0xc7, data.length, 1, ...data]);
        expect(decode(bytes)).toBe(iso);
        expect(decode(new Uint8Array([0xd6, 2, ...new TextEncoder().encode("9:05")]))).toBe("9:05");
    });

    it("rejects truncated data and trailing bytes", () => {
        expect(() => decode(hexBytes("92a3666f"))).toThrow(/truncated/);
        expect(() => decode(hexBytes("0101"))).toThrow(/unexpected bytes/);
        expect(() => decode(hexBytes("c1"))).toThrow(/unsupported msgpack type/);
    });
});

describe("frames", () => {
    it("decodes every backend frame of the recorded transcripts", () => {
        for (const name of ["hello", "counter", "textfield", "list_ops", "keyed_swap", "value_types", "crash"]) {
            for (const packet of backendFrames(name)) {
                const message = decodeFrame(packet)!;
                expect(message.action).toBeGreaterThanOrEqual(1);
                expect(message.action).toBeLessThanOrEqual(7);
            }
        }
    });

    it("reproduces the recorded RegisterClient request byte for byte", () => {
        const recorded = frames("hello")[0].packet;
        const insets = () => ({ top: f64(0), right: f64(0), bottom: f64(0), left: f64(0) });
        const body = {
            session_id: null,
            page_name: "",
            page: {
                route: "/",
                pwa: false,
                web: true,
                debug: false,
                wasm: false,
                test: false,
                multi_view: false,
                pyodide: true,
                platform_brightness: "light",
                width: f64(1280),
                height: f64(720),
                platform: "linux",
                window: {},
                media: {
                    padding: insets(),
                    view_padding: insets(),
                    view_insets: insets(),
                    device_pixel_ratio: f64(1),
                    orientation: "landscape",
                    always_use_24_hour_format: false,
                },
            },
        };
        expect(toHex(encodeFrame(1, body))).toBe(toHex(recorded));
    });

    it("drops empty packets and data-channel frames, and rejects frames that are not [action, body]", () => {
        expect(decodeFrame(new Uint8Array())).toBeNull();
        expect(decodeFrame(new Uint8Array([1, 0, 0, 0, 0, 7]))).toBeNull();
        expect(() => decodeFrame(new Uint8Array([0, 0x91, 1]))).toThrow(/\[action, body\]/);
    });
});
