// Icon codes (flet-protocol.md §2.7) to Material Symbols ligatures. The code->name tables are fetched
// the first time an icon of their set renders, so apps without icons never download them.
import { preview, warnOnce } from "../log";
import { type IconGlyph, type IconTable, SHARD_SIZE, glyphAt } from "./icon-table";
import { toggleClass } from "../render/classes";

const SETS: Record<number, string> = { 1: "material", 2: "cupertino" };

/** Loads the table file holding codes shard * SHARD_SIZE … of a set. */
export type TableLoader = (set: string, shard: number) => Promise<IconTable>;

// The tables sit next to renderer.js in the published site. This module is bundled into a chunk in
// another folder, so start() tells it where renderer.js is (setIconTableBase).
let tableBase = import.meta.url;

/** Sets the URL the icon tables are resolved against: the folder of renderer.js. */
export function setIconTableBase(url: string): void {
    tableBase = url;
}

const fetchTable: TableLoader = async (set, shard) => {
    const url = new URL(`icons/${set}/${shard}.json`, tableBase);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
    return response.json();
};

export class IconLibrary {
    private readonly tables = new Map<number, IconTable | null>();
    private readonly pending = new Map<number, Promise<void>>();
    /**
     * The icon code each element waiting for a table should show, so a slow load cannot apply a stale icon.
     * Entries live only until their table arrives (or fails), and the emptied map is replaced: a WeakMap
     * would keep its grown table, 260 KB after 10,000 icons, for good.
     */
    private wanted = new Map<HTMLElement, number>();

    constructor(private readonly load: TableLoader = fetchTable) {}

    /** Tables are kept per file: the set id and the shard of the code. */
    private static fileOf(code: number): number {
        return (code >> 16) * 0x10000 + Math.floor((code & 0xffff) / SHARD_SIZE);
    }

    private lookup(code: number): IconGlyph | null | undefined {
        if (!SETS[code >> 16]) return null;
        const table = this.tables.get(IconLibrary.fileOf(code));
        if (table === undefined) return undefined;
        return table && glyphAt(table, code & 0xffff);
    }

    private fetch(code: number): Promise<void> {
        const file = IconLibrary.fileOf(code);
        let p = this.pending.get(file);
        if (!p) {
            const set = SETS[code >> 16];
            const shard = Math.floor((code & 0xffff) / SHARD_SIZE);
            p = this.load(set, shard).then(
                (table) => void this.tables.set(file, table),
                (e) => {
                    warnOnce(`icon table ${set}/${shard} could not be loaded (${e}); its icons stay blank`);
                    this.tables.set(file, null);
                },
            );
            this.pending.set(file, p);
        }
        return p;
    }

    /** The glyph of icon `code` when its table is loaded (null for a code Flet's tables do not have), else undefined. */
    glyph(code: unknown): IconGlyph | null | undefined {
        return typeof code === "number" && Number.isInteger(code) ? this.lookup(code) : null;
    }

    /**
     * Shows icon `code` in `el` (an element styled with the icon font) and reports the icon's glyph
     * (null when unknown) to `done`, at once when the table is loaded, else after it arrives.
     */
    show(el: HTMLElement, code: unknown, done?: (glyph: IconGlyph | null) => void): void {
        if (typeof code !== "number" || !Number.isInteger(code)) {
            warnOnce(`icon ${preview(code)} is not an icon code`);
            this.forget(el);
            this.paint(el, null, done);
            return;
        }
        const glyph = this.lookup(code);
        if (glyph !== undefined) {
            // Only icons waiting for their table are tracked: no entry per icon on screen.
            this.forget(el);
            return this.paint(el, glyph, done, code);
        }
        this.wanted.set(el, code);
        if (el.firstChild?.nodeType === 3) (el.firstChild as Text).data = "";
        void this.fetch(code).then(() => {
            if (this.wanted.get(el) !== code) return;
            this.forget(el);
            this.paint(el, this.lookup(code) ?? null, done, code);
        });
    }

    private forget(el: HTMLElement): void {
        if (this.wanted.delete(el) && this.wanted.size === 0) this.wanted = new Map();
    }

    private paint(el: HTMLElement, glyph: IconGlyph | null, done?: (g: IconGlyph | null) => void, code?: number) {
        if (code !== undefined && !glyph) warnOnce(`icon code ${code} is not in Flet's icon tables`);
        else if (glyph && !glyph.ligature) warnOnce(`icon ${glyph.name} has no Material Symbols glyph; shown blank`);
        // Only the leading text node holds the ligature: a badge or tooltip inside the element stays.
        const text = glyph?.ligature ?? "";
        const first = el.firstChild;
        if (first && first.nodeType === 3) (first as Text).data = text;
        else el.prepend(text);
        // A class, not an inline style: an element's style object lives as long as the element (classes.ts).
        toggleClass(el, "flet-icon-fill", !!glyph?.fill);
        // Each font loads only when an icon of its style first renders (@font-face loads on use).
        toggleClass(el, "flet-icon-rounded", glyph?.family === "rounded");
        toggleClass(el, "flet-icon-sharp", glyph?.family === "sharp");
        done?.(glyph);
    }
}

/** Creates the element an icon is drawn in; it is decorative, the control carries the name. */
export function iconElement(doc: Document): HTMLElement {
    const el = doc.createElement("span");
    el.className = "flet-icon";
    el.setAttribute("aria-hidden", "true");
    return el;
}
