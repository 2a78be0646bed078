// ButtonStyle (flet-protocol.md §2.6) on buttons, icon buttons, FABs and chips. Per-state values become
// CSS custom properties (--s-bg, --s-bg-hovered, …) that buttons.css reads in :hover, :focus-visible,
// :active, :disabled and [aria-pressed=true] rules, so states switch in CSS without events. CSS fixes
// the precedence (disabled, then pressed, then focused, then hovered, then selected) instead of the map's order.
import { badValue } from "../render/base-props";
import type { Widget } from "../render/widget";
import { isRecord } from "../tree/control";
import { parseColor } from "../values/colors";
import { elevationShadow, parseBorderSide, parseShapeRadius } from "../values/decoration";
import { isNumber, parseInsets, px } from "../values/geometry";
import { parseStateValues, type State } from "../values/state";
import { parseTextStyle } from "../values/text-style";

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
    ["padding", "--s-padding", parseInsets],
    ["icon_size", "--s-icon-size", (v) => (isNumber(v) ? px(v) : null)],
];

/**
 * Applies a ButtonStyle map to `el` (the button). Unreadable fields warn once each and keep the
 * variant's look; the rest still apply.
 */
export function applyButtonStyle(w: Widget, v: unknown, el: HTMLElement = w.el): void {
    const previous: string[] = w.parts.styleVars ?? [];
    for (const name of previous) {
        el.style.removeProperty(name);
        if (name.startsWith("--s-")) el.classList.remove(`flet${name.slice(1)}`);
    }
    const set: string[] = [];
    // Each value is a custom property plus a class (flet-s-bg-hovered) that buttons.css keys its rule on.
    const put = (name: string, value: string) => {
        el.style.setProperty(name, value);
        if (name.startsWith("--s-")) el.classList.add(`flet${name.slice(1)}`);
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
    el.classList.toggle("flet-custom-overlay", style.overlay_color !== undefined && style.overlay_color !== null);
    const text = parseTextStyle(style.text_style);
    for (const prop in text ?? {}) put(prop, text![prop]);
    w.parts.styleVars = set;
}
