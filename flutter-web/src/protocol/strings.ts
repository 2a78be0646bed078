// Decoded strings, with short ones shared. Property names, control types and many values ("Remove",
// "close") arrive once per control; without sharing, 10,000 rows hold 10,000 copies of each. A fixed
// table of recent short strings, indexed by a hash of their UTF-8 bytes, hands back the copy decoded
// before; a collision just replaces the entry, so the table never holds more than SLOTS strings.

/** Strings up to this many UTF-8 bytes are shared; longer ones are rarely repeated and cost a hash. */
export const SHARED_MAX_BYTES = 32;
/** Table size (a power of two): enough for the names and values of an app's controls. */
export const SLOTS = 4096;

const table: (string | undefined)[] = new Array(SLOTS).fill(undefined);
const utf8 = new TextDecoder();

/** Whether the ASCII string `s` has exactly the `n` bytes at `pos`. */
function sameAscii(s: string, bytes: Uint8Array, pos: number, n: number): boolean {
    if (s.length !== n) return false;
    for (let i = 0; i < n; i++) if (s.charCodeAt(i) !== bytes[pos + i]) return false;
    return true;
}

/**
 * Builds a short ASCII string directly, faster than a TextDecoder call. Only below 13 characters: from
 * there on each `+=` makes a rope node instead of a flat string.
 */
function ascii(bytes: Uint8Array, pos: number, n: number): string {
    let s = "";
    for (let i = pos; i < pos + n; i++) s += String.fromCharCode(bytes[i]);
    return s;
}

/** Decodes the `n` UTF-8 bytes at `pos`; a short string equal to one decoded recently is that same string. */
export function decodeString(bytes: Uint8Array, pos: number, n: number): string {
    if (n > SHARED_MAX_BYTES) return utf8.decode(bytes.subarray(pos, pos + n));
    // FNV-1a over the bytes, noting on the way whether they are all ASCII.
    let hash = 0x811c9dc5;
    let high = 0;
    for (let i = pos; i < pos + n; i++) {
        const b = bytes[i];
        high |= b;
        hash = Math.imul(hash ^ b, 0x01000193);
    }
    const slot = (hash >>> 0) & (SLOTS - 1);
    const cached = table[slot];
    if (high < 0x80) {
        // An ASCII string's characters are its bytes: compare before building anything.
        if (cached !== undefined && sameAscii(cached, bytes, pos, n)) return cached;
        return (table[slot] = n < 13 ? ascii(bytes, pos, n) : utf8.decode(bytes.subarray(pos, pos + n)));
    }
    const s = utf8.decode(bytes.subarray(pos, pos + n));
    if (cached === s) return cached;
    return (table[slot] = s);
}

/** How many strings the table holds (tests). */
export function sharedStringCount(): number {
    return table.reduce((n, s) => (s === undefined ? n : n + 1), 0);
}

/** Empties the table (tests). */
export function clearSharedStrings(): void {
    table.fill(undefined);
}
