// ButtonStyle.text_style per state (flet-protocol.md §2.6). A text style has too many CSS properties for a
// custom property per state and property, so the widget follows its own state instead: pointer, focus and press
// events re-resolve which entry applies (with buttons.css's precedence: disabled, pressed, focused, hovered,
// selected, then default) and set its declarations on the button. A chunk, loaded for the first button whose
// text_style has entries for states (button-style.ts parses the style and applies its default entry).
import { setDeclarations } from "../render/base-props";
import type { Widget } from "../render/widget";
import type { State } from "../values/state";

type Declarations = Record<string, string>;

/** The states a button is in, strongest first, as CSS selectors on its element. */
const PRECEDENCE: [State, string][] = [
    ["disabled", ":disabled,[aria-disabled=true]"],
    ["pressed", ":active"],
    ["focused", ":focus-visible"],
    ["hovered", ":hover"],
    ["selected", "[aria-pressed=true],[aria-selected=true]"],
];

/** The entry of `states` for the first of `active` (strongest first) it has, else its default; null when none. */
export function resolveState<T>(states: Partial<Record<State, T>>, active: readonly State[]): T | null {
    for (const s of active) if (states[s] !== undefined) return states[s]!;
    return states.default ?? null;
}

const EVENTS = ["pointerenter", "pointerleave", "mousedown", "mouseup", "keydown", "keyup", "focusin", "focusout"];

function matches(el: HTMLElement, selector: string): boolean {
    try {
        return el.matches(selector);
    } catch {
        return false; // a selector the DOM does not know (tests' DOMs): that state never applies
    }
}

/** Sets the declarations of the text style entry for `el`'s current state (a no-op without text_style). */
export function refreshTextState(w: Widget, el: HTMLElement = w.el): void {
    const states: Partial<Record<State, Declarations>> | undefined = w.parts.textStates;
    if (!states && !w.parts["decl:style.text_style"]?.length) return;
    const active = PRECEDENCE.filter(([, selector]) => matches(el, selector)).map(([state]) => state);
    setDeclarations(w, "style.text_style", el, states ? resolveState(states, active) : null);
}

/** Makes `el` follow its state from now on (listening once per widget) and applies the current state's entry. */
export function followTextStates(w: Widget, el: HTMLElement): void {
    if (!w.parts.textStateEvents) {
        w.parts.textStateEvents = true;
        // Once the event's default action ran, the browser has updated :hover, :active and :focus-visible.
        const update = () => setTimeout(() => refreshTextState(w, el));
        for (const type of EVENTS) el.addEventListener(type, update);
    }
    refreshTextState(w, el);
}
