// Slider (flet-protocol.md §5.2) as <input type=range>. Dragging sends change_start, then for every new
// value UpdateControl {value} and `change`, then change_end. Arrow keys move by one division (5% of the
// range without divisions), Page Up/Down by 10%, Home/End to the ends; each key press is one
// change_start/change/change_end. Values travel as doubles, as Flutter's do. Flutter's Slider has no
// semantic label of its own, so the input is named by the tooltip, else by the label's words around
// "{value}" ("Volume {value}" names it "Volume"); the full label is its aria-valuetext.
import { numberProp } from "../render/base-props";
import type { Widget, WidgetDef } from "../render/widget";
import { f64 } from "../protocol/msgpack";
import { isNumber } from "../values/geometry";
import { part } from "./parts";
import { setTooltip, tooltipText } from "./tooltip";
import { colorVarSetter } from "./text";
import { toggleClass } from "../render/classes";

const range = (w: Widget): HTMLInputElement => w.parts.input;

interface Bounds {
    min: number;
    max: number;
    divisions: number | undefined;
}

function bounds(w: Widget): Bounds {
    const min = numberProp(w, "min", w.prop("min")) ?? 0;
    const max = numberProp(w, "max", w.prop("max")) ?? 1;
    const d = numberProp(w, "divisions", w.prop("divisions"));
    return { min, max: Math.max(min, max), divisions: d && d > 0 ? Math.floor(d) : undefined };
}

const clamp = (b: Bounds, v: number): number => {
    let x = Math.min(b.max, Math.max(b.min, v));
    if (b.divisions) {
        const step = (b.max - b.min) / b.divisions;
        x = b.min + Math.round((x - b.min) / step) * step;
    }
    return x;
};

/** The label with "{value}" replaced by the value rounded to `round` decimals. */
export function sliderLabel(w: Widget, value: number): string | null {
    const label = w.prop("label");
    if (typeof label !== "string") return null;
    const round = numberProp(w, "round", w.prop("round")) ?? 0;
    return label.replace("{value}", value.toFixed(Math.max(0, Math.min(20, round))));
}

/** The slider's accessible name: its tooltip, else its label's words without "{value}"; null without either. */
export function sliderName(tooltip: unknown, label: unknown): string | null {
    const tip = tooltipText(tooltip);
    if (tip) return tip;
    if (typeof label !== "string") return null;
    const words = label.split("{value}").join(" ").replace(/\s+/g, " ").trim();
    return /[\p{L}\p{N}]/u.test(words) ? words : null;
}

function refreshName(w: Widget): void {
    const name = sliderName(w.prop("tooltip"), w.prop("label"));
    if (name) range(w).setAttribute("aria-label", name);
    else range(w).removeAttribute("aria-label");
}

function currentValue(w: Widget): number {
    const b = bounds(w);
    const v = w.prop("value");
    return clamp(b, isNumber(v) ? v : b.min);
}

function refresh(w: Widget): void {
    const b = bounds(w);
    const input = range(w);
    input.min = String(b.min);
    input.max = String(b.max);
    input.step = b.divisions ? String((b.max - b.min) / b.divisions) : "any";
    const value = currentValue(w);
    input.value = String(value);
    showValue(w, value);
    refreshName(w);
}

function showValue(w: Widget, value: number): void {
    const b = bounds(w);
    const fraction = b.max > b.min ? (value - b.min) / (b.max - b.min) : 0;
    w.el.style.setProperty("--flet-slider-fraction", String(fraction));
    const text = sliderLabel(w, value);
    const output: HTMLOutputElement = w.parts.output;
    output.textContent = text ?? "";
    output.hidden = text === null;
    if (text === null) range(w).removeAttribute("aria-valuetext");
    else range(w).setAttribute("aria-valuetext", text);
}

function changed(w: Widget, value: number): void {
    const ctx = w.renderer.context;
    showValue(w, value);
    ctx.update(w.control, { value: f64(value) });
    ctx.trigger(w.control, "change", f64(value));
}

function start(w: Widget): void {
    if (w.parts.dragging) return;
    w.parts.dragging = true;
    w.renderer.context.trigger(w.control, "change_start", f64(currentValue(w)));
}

function end(w: Widget): void {
    if (!w.parts.dragging) return;
    w.parts.dragging = false;
    w.renderer.context.trigger(w.control, "change_end", f64(currentValue(w)));
}

export const SLIDER: WidgetDef = {
    create: (w) => {
        const el = part(w, "flet-slider");
        const input = part(w, "flet-slider-input", "input");
        input.type = "range";
        w.parts.input = input;
        w.parts.output = part(w, "flet-slider-label", "output");
        w.parts.output.hidden = true;
        w.parts.output.setAttribute("aria-hidden", "true");
        el.append(input, w.parts.output);
        // A drag can end outside the slider, where delegated events would not see it.
        input.addEventListener("pointerup", () => end(w));
        input.addEventListener("lostpointercapture", () => end(w));
        return el;
    },
    props: {
        value: refresh,
        min: refresh,
        max: refresh,
        divisions: refresh,
        label: refresh,
        round: refresh,
        active_color: colorVarSetter("--flet-slider-active", "active_color"),
        inactive_color: colorVarSetter("--flet-slider-inactive", "inactive_color"),
        thumb_color: colorVarSetter("--flet-slider-thumb", "thumb_color"),
        autofocus: (w, v) => (range(w).autofocus = v === true),
        // The tooltip is the slider's name, so it is not repeated as its description.
        tooltip: (w, v) => {
            setTooltip(w, v, false);
            refreshName(w);
        },
    },
    events: {
        pointerdown: (w, e) => e.target === range(w) && !w.effectivelyDisabled && start(w),
        input: (w, e) => {
            if (e.target !== range(w)) return;
            const value = clamp(bounds(w), Number(range(w).value));
            if (value === currentValue(w)) return;
            start(w);
            changed(w, value);
        },
        change: (w, e) => e.target === range(w) && end(w),
        keydown: (w, e) => {
            const key = (e as KeyboardEvent).key;
            if (e.target !== range(w) || w.effectivelyDisabled) return;
            const b = bounds(w);
            const span = b.max - b.min;
            const step = b.divisions ? span / b.divisions : span * 0.05;
            const page = Math.max(step, span * 0.1);
            const rtl = getComputedStyle(w.el).direction === "rtl";
            const deltas: Record<string, number> = {
                ArrowRight: rtl ? -step : step,
                ArrowUp: step,
                ArrowLeft: rtl ? step : -step,
                ArrowDown: -step,
                PageUp: page,
                PageDown: -page,
            };
            const now = currentValue(w);
            let next: number;
            if (key in deltas) next = clamp(b, now + deltas[key]);
            else if (key === "Home") next = b.min;
            else if (key === "End") next = b.max;
            else return;
            e.preventDefault();
            if (next === now) return;
            range(w).value = String(next);
            start(w);
            changed(w, next);
            end(w);
        },
        focusin: (w, e) => e.target === range(w) && w.renderer.context.trigger(w.control, "focus", null),
        focusout: (w, e) => e.target === range(w) && w.renderer.context.trigger(w.control, "blur", null),
    },
    setDisabled: (w, disabled) => {
        range(w).disabled = disabled;
        toggleClass(w.el, "flet-disabled", disabled);
    },
};
