// Light or dark, and the colours and font of the page and of themed subtrees (flet-protocol.md §3.11).
// The default light and dark schemes are in renderer.css, chosen by data-theme; with theme_mode "system"
// (Flet's default) the browser's prefers-color-scheme decides, and a change applies at once. Themes
// (theme-apply.ts) and the seed maths (seed-scheme.ts) are chunks, loaded the first time a message carries
// a theme or a seed; the session holds that message until they are here, so no default colours flash first.
import { preview, warnOnce } from "../log";
import type { Widget } from "../render/widget";
import { type Control, isRecord } from "../tree/control";
import { parseColor } from "../values/colors";
import type * as Apply from "./theme-apply";
import type { SchemeFn, VarsContext } from "./theme-vars";
import { setData } from "../render/classes";

export type Brightness = "light" | "dark";
type Mode = Brightness | "system";
type Part = "themes" | "seed";

/** Which theme chunks a decoded message needs: for any Theme map, and for a Theme with a usable seed. */
export function themeNeeds(value: unknown, out = new Set<Part>()): Set<Part> {
    if (Array.isArray(value) || value instanceof Map) {
        for (const v of value.values()) themeNeeds(v, out);
    } else if (isRecord(value)) {
        // Flet writes page_transitions into every Theme; the other two are what a theme is for.
        if ("page_transitions" in value || "color_scheme" in value || "color_scheme_seed" in value) out.add("themes");
        const seed = value.color_scheme_seed;
        if (typeof seed === "string" && parseColor(seed.split(",")[0]) !== null) out.add("seed");
        for (const k in value) if (typeof value[k] === "object" && value[k] !== null) themeNeeds(value[k], out);
    }
    return out;
}

/** What theme-apply.ts reads and calls. */
export interface ThemeHost extends VarsContext {
    readonly root: HTMLElement;
    readonly page: Control | null;
    readonly scopes: Set<Widget>;
    readonly rootDark: boolean;
    mode(value: unknown): Mode | null;
    isDark(mode: Mode): boolean;
    loadSeed(): void;
}

export class ThemeController implements ThemeHost {
    private readonly media: MediaQueryList | null;
    page: Control | null = null;
    /** Widgets with a theme, dark_theme or theme_mode of their own (Flet's per-control Theme). */
    readonly scopes = new Set<Widget>();
    rootDark = false;
    scheme: SchemeFn | null = null;
    private apply: typeof Apply | null = null;
    private readonly loads = new Map<Part, Promise<void>>();
    /** Chunks whose load has finished, well or not: a failed one is not waited for again. */
    private readonly settled = new Set<Part>();

    constructor(
        readonly root: HTMLElement,
        private readonly win: Window,
    ) {
        this.media = typeof win.matchMedia === "function" ? win.matchMedia("(prefers-color-scheme: dark)") : null;
    }

    /** The platform's brightness, as Flet reports it in page.platform_brightness. */
    systemBrightness(): Brightness {
        return this.media?.matches ? "dark" : "light";
    }

    /** Calls `listener` when the system brightness changes. */
    onSystemChange(listener: (brightness: Brightness) => void): () => void {
        const handler = () => listener(this.systemBrightness());
        this.media?.addEventListener?.("change", handler);
        return () => this.media?.removeEventListener?.("change", handler);
    }

    /** The theme chunks `body` (a decoded message) needs whose load has not finished yet. */
    missing(body: unknown): Set<Part> {
        if (this.settled.size === 2) return new Set();
        const needs = themeNeeds(body);
        for (const part of needs) if (this.settled.has(part)) needs.delete(part);
        return needs;
    }

    /** Loads theme chunks once each; resolves when they are there, or failed with one warning. */
    load(parts: Iterable<Part>): Promise<unknown> {
        return Promise.all([...parts].map((part) => this.loadPart(part)));
    }

    /** Starts loading the seed maths; refresh() runs again when it is here. */
    loadSeed(): void {
        void this.loadPart("seed");
    }

    private loadPart(part: Part): Promise<void> {
        let p = this.loads.get(part);
        if (!p) {
            const chunk =
                part === "themes"
                    ? import("./theme-apply").then((m) => void (this.apply = m))
                    : import("./seed-scheme").then((m) => void (this.scheme = m.schemeFromSeed));
            p = chunk
                .then(
                    () => this.refresh(),
                    (e) => warnOnce(`a theme chunk could not be loaded (${e}); the default theme is used`),
                )
                .finally(() => void this.settled.add(part));
            this.loads.set(part, p);
        }
        return p;
    }

    /** Re-evaluates a widget's theme, theme_mode and dark_theme; a widget without any stops being a scope. */
    setScope(w: Widget): void {
        if (w.prop("theme") != null || w.prop("dark_theme") != null || w.prop("theme_mode") != null) {
            this.scopes.add(w);
            // Its theme_mode may change the brightness its themed descendants inherit.
            this.refresh();
        } else if (this.scopes.delete(w)) this.apply?.clearScope(w.el);
    }

    /** Applies the page's theme mode and theme, then every scope's, for the current system brightness. */
    refresh(): void {
        const props = this.page?.props ?? {};
        this.rootDark = this.isDark(this.mode(props.theme_mode) ?? "system");
        setData(this.root, "theme", this.rootDark ? "dark" : "light");
        if (this.apply) this.apply.applyThemes(this);
        else if (props.theme != null || props.dark_theme != null || this.scopes.size) void this.loadPart("themes");
    }

    /** "light", "dark" or "system" from a ThemeMode value (case-insensitive, as Flet parses enums), else null. */
    mode(value: unknown): Mode | null {
        const mode = typeof value === "string" ? value.toLowerCase() : null;
        return mode === "light" || mode === "dark" || mode === "system" ? mode : null;
    }

    isDark(mode: Mode): boolean {
        return mode === "system" ? this.systemBrightness() === "dark" : mode === "dark";
    }

    readonly resolve = (property: string): string =>
        this.win.getComputedStyle(this.root).getPropertyValue(property).trim();

    readonly parseColor = parseColor;
    readonly isRecord = isRecord;
    readonly warn = (message: string, value: unknown): void => warnOnce(message.replace("%s", preview(value)));
}
