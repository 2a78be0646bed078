// ButtonStyle (flet-protocol.md §2.6) on buttons, icon buttons, FABs and chips. Per-state values become
// CSS custom properties (--s-bg, --s-bg-hovered, …) that buttons.css reads in :hover, :focus-visible,
// :active, :disabled and [aria-pressed=true] rules, so states switch in CSS without events. CSS fixes
// the precedence (disabled, then pressed, then focused, then hovered, then selected) instead of the map's order.
// shape's kind becomes CSS corner-shape (bevel, a superellipse for continuous); browsers without corner-shape draw
// round corners. visual_density adjusts the minimum size and vertical padding as Flutter does (4 px per unit).
// text_style's default entry applies here; entries for other states follow the pointer and focus in the
// text-state chunk, loaded for the first style that has them. enable_feedback is a no-op on the web.
import { chunkLoader } from "../chunk";
import { badValue, setDeclarations } from "../render/base-props";
import type { Widget } from "../render/widget";
import { isRecord } from "../tree/control";
import { parseDuration } from "../values/animation";
import { parseColor } from "../values/colors";
import { CURSORS } from "../values/cursor";
import { elevationShadow, parseBorderSide, parseCornerShape, parseShapeRadius } from "../values/decoration";
import { isNumber, parseAlignment, parseInsets, px } from "../values/geometry";
import { parseStateValues, type State } from "../values/state";
import { parseTextStyle } from "../values/text-style";
import { addClass, removeClass, toggleClass } from "../render/classes";

const SUFFIX: Partial<Record<State, string>> = {
    default: "",
    hovered: "-hovered",
    focused: "-focused",
    pressed: "-pressed",
    disabled: "-disabled",
    selected: "-selected",
};

type Field = [key: string, cssVar: string, parse: (v: unknown) => string | null];

const PER_STATE: Field[] = [
    ["bgcolor", "--s-bg", parseColor],
    ["color", "--s-fg", parseColor],
    ["icon_color", "--s-icon", parseColor],
    ["overlay_color", "--s-overlay", parseColor],
    ["side", "--s-border", parseBorderSide],
    ["elevation", "--s-shadow", (v) => (isNumber(v) ? elevationShadow(v) : null)],
    ["shape", "--s-radius", parseShapeRadius],
    ["shape", "--s-corner", parseCornerShape],
    ["shadow_color", "--s-shadow-color", parseColor],
    ["padding", "--s-padding", parseInsets],
    ["icon_size", "--s-icon-size", (v) => (isNumber(v) ? px(v) : null)],
    ["mouse_cursor", "--s-cursor", (v) => CURSORS[String(v).toLowerCase()] ?? null],
];

/** An OutlinedBorder's own outline, used per state where the style sets no `side`; "" when it has none. */
const shapeSide = (v: unknown): string | null =>
    isRecord(v) && v.side !== undefined && v.side !== null ? parseBorderSide(v.side) : "";

/**
 * Applies a ButtonStyle map to `el` (the button). Unreadable fields warn once each and keep the
 * variant's look; the rest still apply.
 */
export function applyButtonStyle(w: Widget, v: unknown, el: HTMLElement = w.el): void {
    const previous: string[] = w.parts.styleVars ?? [];
    for (const name of previous) {
        el.style.removeProperty(name);
        if (name.startsWith("--s-")) removeClass(el, `flet${name.slice(1)}`);
    }
    const set: string[] = [];
    // Each value is a custom property plus a class (flet-s-bg-hovered) that buttons.css keys its rule on.
    const put = (name: string, value: string) => {
        el.style.setProperty(name, value);
        if (name.startsWith("--s-")) addClass(el, `flet${name.slice(1)}`);
        set.push(name);
    };
    if (v !== undefined && v !== null && !isRecord(v)) badValue(w, "style", v, "a ButtonStyle");
    const style = isRecord(v) ? v : {};
    for (const [key, cssVar, parse] of PER_STATE) {
        if (style[key] === undefined || style[key] === null) continue;
        const states = parseStateValues(style[key], parse);
        if (!states) {
            badValue(w, `style.${key}`, style[key], "a value or a {state: value} map");
            continue;
        }
        for (const state in states) {
            const suffix = SUFFIX[state as State];
            if (suffix !== undefined) put(`${cssVar}${suffix}`, states[state as State]!);
        }
    }
    if (style.side === undefined || style.side === null) {
        const sides = style.shape === undefined || style.shape === null ? {} : parseStateValues(style.shape, shapeSide);
        for (const state in sides ?? {}) {
            const suffix = SUFFIX[state as State];
            const css = sides![state as State];
            if (suffix !== undefined && css) put(`--s-border${suffix}`, css);
        }
    }
    toggleClass(el, "flet-custom-overlay", style.overlay_color !== undefined && style.overlay_color !== null);
    applySingleValues(w, style, put);
    w.parts.styleVars = set;
    applyTextStyle(w, el, style.text_style);
}

const textStates = chunkLoader(
    () => import("./text-state"),
    "the button text style chunk",
    "text styles per state do not apply",
);

/** Whether the widget's text_style has entries for other states than the default. */
function followsState(w: Widget): boolean {
    return !!w.parts.textStates && Object.keys(w.parts.textStates).some((state) => state !== "default");
}

/** Applies `v` (a TextStyle or a {state: TextStyle} map) to `el`: its default entry now, the others by state. */
function applyTextStyle(w: Widget, el: HTMLElement, v: unknown): void {
    const states = v === undefined || v === null ? null : parseStateValues(v, (x) => parseTextStyle(x));
    if (states === null && v !== undefined && v !== null)
        badValue(w, "style.text_style", v, "a TextStyle or a {state: TextStyle} map");
    w.parts.textStates = states ?? undefined;
    setDeclarations(w, "style.text_style", el, states?.default ?? null);
    refreshTextState(w, el);
}

/** Re-applies the text style entry for `el`'s current state when the style has entries per state. */
export function refreshTextState(w: Widget, el: HTMLElement = w.el): void {
    if (!followsState(w)) return;
    // The widget may be shown again before the chunk arrives: only its latest showing follows its state.
    const parts = w.parts;
    textStates().then(
        (m) => {
            if (w.parts === parts && w.view === w) m.followTextStates(w, el);
        },
        () => {},
    );
}

/** Flutter's VisualDensity names as density units; adaptivePlatformDensity is compact where the pointer is fine. */
function densityUnits(v: unknown, win: Window | null): number | null {
    const name = String(v).toLowerCase();
    if (name === "adaptiveplatformdensity") return win?.matchMedia?.("(pointer: fine)").matches ? -2 : 0;
    return name === "compact" ? -2 : name === "comfortable" ? -1 : name === "standard" ? 0 : null;
}

/**
 * The fields with one value for every state: alignment, animation_duration and visual_density; text_style
 * goes to applyTextStyle.
 */
function applySingleValues(w: Widget, style: Record<string, unknown>, put: (name: string, value: string) => void) {
    if (style.alignment !== undefined && style.alignment !== null) {
        const align = parseAlignment(style.alignment);
        if (align) {
            put("justify-content", align[0]);
            put("align-items", align[1]);
        } else badValue(w, "style.alignment", style.alignment, "an Alignment");
    }
    if (style.animation_duration !== undefined && style.animation_duration !== null) {
        const ms = parseDuration(style.animation_duration);
        if (ms !== null) put("--s-anim", `${ms}ms`);
        else badValue(w, "style.animation_duration", style.animation_duration, "a Duration");
    }
    if (style.visual_density !== undefined && style.visual_density !== null) {
        const units = densityUnits(style.visual_density, w.renderer.doc.defaultView);
        // Flutter's baseSizeAdjustment: 4 px per unit on the minimum size and on the vertical padding.
        if (units !== null) put("--s-density", px(units * 4));
        else badValue(w, "style.visual_density", style.visual_density, "compact/comfortable/standard");
    }
}
