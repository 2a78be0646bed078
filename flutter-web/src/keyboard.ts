// The page's keyboard_event (flet-protocol.md §3.11): a browser key press as Flet's client reports it,
// with `key` = Flutter's LogicalKeyboardKey.keyLabel. Flutter's web engine picks the logical key the way
// done here: a printable key is the character it types without modifiers (letters upper-cased in the
// label, digits by position, Latin letters on non-Latin layouts by position), numpad keys are their own
// keys, and named keys carry labels made of the W3C key name's words ("ArrowUp" → "Arrow Up").

/** Presses of these alone are not reported (Flet's client skips the modifier keys). */
const MODIFIERS = new Set(["Shift", "Control", "Alt", "Meta", "OS"]);

/** Key values that stand for no key of their own (IME composition, dead keys). */
const IGNORED = new Set(["Dead", "Process", "Unidentified", ""]);

// Keys on the numeric keypad (KeyboardEvent.location 3) by `key`, as kWebLogicalLocationMap maps them.
const NUMPAD: Record<string, string> = {
    "*": "Numpad Multiply",
    "+": "Numpad Add",
    "-": "Numpad Subtract",
    ".": "Numpad Decimal",
    "/": "Numpad Divide",
    "=": "Numpad Equal",
    ",": "Numpad Comma",
    Enter: "Numpad Enter",
    Insert: "Numpad 0",
    End: "Numpad 1",
    ArrowDown: "Numpad 2",
    PageDown: "Numpad 3",
    ArrowLeft: "Numpad 4",
    Clear: "Numpad 5",
    ArrowRight: "Numpad 6",
    Home: "Numpad 7",
    ArrowUp: "Numpad 8",
    PageUp: "Numpad 9",
    Delete: "Numpad Decimal",
};

// The unshifted character of the punctuation keys (US layout), for presses with Shift held.
const UNSHIFTED: Record<string, string> = {
    Minus: "-",
    Equal: "=",
    BracketLeft: "[",
    BracketRight: "]",
    Backslash: "\\",
    Semicolon: ";",
    Quote: "'",
    Backquote: "`",
    Comma: ",",
    Period: ".",
    Slash: "/",
};

// Named keys whose Flutter label is not just the words of the key name.
const NAMED: Record<string, string> = {
    " ": " ",
    AltGraph: "Alt Graph",
};

const isAsciiLetter = (c: string) => /^[a-z]$/i.test(c);

/** Flutter's keyLabel for a key press, or null when Flet's client would not report it. */
export function keyLabel(e: Pick<KeyboardEvent, "key" | "code" | "location" | "shiftKey">): string | null {
    const { key, code } = e;
    if (MODIFIERS.has(key) || IGNORED.has(key)) return null;
    if (e.location === 3 && NUMPAD[key]) return NUMPAD[key];
    if (e.location === 3 && /^[0-9]$/.test(key)) return `Numpad ${key}`;
    if (NAMED[key] !== undefined) return NAMED[key];
    if ([...key].length === 1) {
        if (/^Digit[0-9]$/.test(code)) return code.slice(5);
        if (isAsciiLetter(key)) return key.toUpperCase();
        if (/^Key[A-Z]$/.test(code) && key.charCodeAt(0) > 0x7f) return code.slice(3);
        if (e.shiftKey && UNSHIFTED[code]) return UNSHIFTED[code];
        return key.toUpperCase();
    }
    // "ArrowUp" → "Arrow Up", "F1" → "F1", "PageDown" → "Page Down", "AudioVolumeUp" → "Audio Volume Up".
    return key.replace(/([a-z])([A-Z0-9])/g, "$1 $2").replace(/([A-Z])([A-Z][a-z])/g, "$1 $2");
}

/** The keyboard_event data, in the key order of Flet's client; null when the press is not reported. */
export function keyboardEventData(e: KeyboardEvent): Record<string, unknown> | null {
    if (e.repeat || e.isComposing) return null;
    const key = keyLabel(e);
    if (key === null) return null;
    return { key, shift: e.shiftKey, ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey };
}
