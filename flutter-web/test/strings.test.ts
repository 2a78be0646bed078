import { beforeEach, describe, expect, it } from "vitest";
import { decode, encode } from "../src/protocol/msgpack";
import { clearSharedStrings, decodeString, sharedStringCount, SHARED_MAX_BYTES, SLOTS } from "../src/protocol/strings";

const utf8 = new TextEncoder();

/** Decodes `s` from a buffer where it sits after some other bytes, as inside a message. */
function decodeAt(s: string, padding = 3): string {
    const data = utf8.encode(s);
    const bytes = new Uint8Array(padding + data.length);
    bytes.set(data, padding);
    return decodeString(bytes, padding, data.length);
}

describe("shared strings", () => {
    beforeEach(() => clearSharedStrings());

    it("decodes ASCII, multi-byte UTF-8 and long strings to the text that was encoded", () => {
        for (const s of [
            "",
            "a",
            "value",
            "exactly thirteen",
            "héllo",
            "日本語のテキスト",
            "emoji 😀 ok",
            "x".repeat(200),
        ]) {
            expect(decodeAt(s)).toBe(s);
            // The second decode may come from the table; it must still be the same text.
            expect(decodeAt(s, 7)).toBe(s);
        }
        // The short ones (ASCII and multi-byte alike) are kept, one entry each however often they were decoded.
        expect(sharedStringCount()).toBe(7);
    });

    it("never confuses strings that share a slot: each decode returns its own text", () => {
        const texts = Array.from({ length: SLOTS * 2 }, (_, i) => `k${i}`);
        const wrong = (): string[] => texts.filter((s) => decodeAt(s) !== s);
        expect(wrong()).toEqual([]);
        expect(wrong()).toEqual([]);
        // However many strings went through it, the table holds at most one per slot.
        expect(sharedStringCount()).toBeLessThanOrEqual(SLOTS);
        expect(sharedStringCount()).toBeGreaterThan(SLOTS / 2);
    });

    it("tells apart a cached ASCII string from bytes of the same length that differ", () => {
        expect(decodeAt("close")).toBe("close");
        expect(decodeAt("clone")).toBe("clone");
        expect(decodeAt("close")).toBe("close");
    });

    it("shares short strings across messages and leaves long ones alone, within the size limit", () => {
        const short = "s".repeat(SHARED_MAX_BYTES);
        const long = "l".repeat(SHARED_MAX_BYTES + 1);
        const [a, b] = [decode(encode([short, long])), decode(encode([short, long]))] as string[][];
        expect(a).toEqual([short, long]);
        expect(b).toEqual([short, long]);
        // Only the short one is kept, once, however often it arrives.
        expect(sharedStringCount()).toBe(1);
    });

    it("decodes maps whose keys repeat to equal keys and values", () => {
        const rows = Array.from({ length: 50 }, (_, i) => ({ _c: "Text", value: `${i}`, tooltip: "Remove" }));
        expect(decode(encode(rows))).toEqual(rows);
    });
});
