// Applies the page's theme and each themed subtree's (Flet's per-control Theme) as custom properties on
// their elements. A chunk with theme-vars.ts, loaded the first time a message carries a theme.
import type { Widget } from "../render/widget";
import type { ThemeHost } from "./theme";
import { activeTheme, themeVars } from "./theme-vars";
import { setData } from "../render/classes";

/** The custom properties set on each element, so a change can take them off again. */
const applied = new WeakMap<HTMLElement, string[]>();

/** Applies the page's theme, then every scope's, for the current theme modes and system brightness. */
export function applyThemes(host: ThemeHost): void {
    setVars(host.root, varsOf(host, host.page?.props ?? {}, host.rootDark, true));
    for (const w of host.scopes) {
        if (w.control.view !== w) host.scopes.delete(w);
        else applyScope(host, w);
    }
}

/** Takes a former scope's theme off its element. */
export function clearScope(el: HTMLElement): void {
    setVars(el, {});
    setData(el, "theme", undefined);
    el.style.fontFamily = "";
}

function applyScope(host: ThemeHost, w: Widget): void {
    const mode = host.mode(w.prop("theme_mode"));
    const dark = mode ? host.isDark(mode) : inheritedDark(host, w);
    // With its own theme_mode a subtree gets a whole scheme of its own; without, it overrides the parent's.
    if (mode) setData(w.el, "theme", dark ? "dark" : "light");
    else setData(w.el, "theme", undefined);
    const vars = varsOf(host, w.control.props, dark, mode !== null);
    setVars(w.el, vars);
    // Inherited text resolves --flet-font where font-family is declared, so a themed subtree declares it.
    w.el.style.fontFamily = vars["--flet-font"] ? "var(--flet-font)" : "";
}

/** The brightness of the nearest ancestor scope with a theme_mode, else the page's. */
function inheritedDark(host: ThemeHost, w: Widget): boolean {
    for (let p = w.parent; p; p = p.parent) {
        const mode = host.scopes.has(p) ? host.mode(p.prop("theme_mode")) : null;
        if (mode) return host.isDark(mode);
    }
    return host.rootDark;
}

function varsOf(host: ThemeHost, props: Record<string, unknown>, dark: boolean, seeded: boolean) {
    if (props.theme == null && props.dark_theme == null) return {};
    const result = themeVars(activeTheme(props, dark, host), dark, seeded, host);
    if (result.waitsForScheme) host.loadSeed();
    return result.vars;
}

function setVars(el: HTMLElement, vars: Record<string, string>): void {
    for (const name of applied.get(el) ?? []) el.style.removeProperty(name);
    for (const name in vars) el.style.setProperty(name, vars[name]);
    applied.set(el, Object.keys(vars));
}
