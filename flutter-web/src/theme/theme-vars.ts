// A Flet Theme map (flet-protocol.md §3.11; Flet's Theme dataclass) to the custom properties the stylesheet
// reads: the colour roles (--flet-primary, ...) and the font (--flet-font). Pure functions, in the chunk of
// theme-apply.ts.

/**
 * What the theme chunk gets from the first-paint code: the seed maths when loaded, and helpers it passes in
 * rather than imports, so this module depends on nothing and its chunk imports nothing.
 */
export interface VarsContext {
    readonly scheme: SchemeFn | null;
    resolve: Resolve;
    parseColor(value: unknown): string | null;
    isRecord(value: unknown): value is Record<string, unknown>;
    /** Logs once per distinct message (log.ts warnOnce), with the value shown short (log.ts preview). */
    warn(message: string, value: unknown): void;
}

/** Computes the colour roles for a seed (src/theme/seed-scheme.ts, loaded on demand). */
export type SchemeFn = (seed: number, dark: boolean) => Record<string, string>;

/** Reads a custom property of the renderer's root ("--flet-c-red" → "#f44336"): named colours live in CSS. */
export type Resolve = (property: string) => string;

/** The font stack when a theme names no font: the bundled Roboto, then the platform's. */
export const DEFAULT_FONT = "Roboto, system-ui, sans-serif";

// Flutter ColorScheme roles as Flet's ColorScheme fields name them, to the custom property each sets.
const ROLE_KEYS = new Set(
    (
        "primary on_primary primary_container on_primary_container secondary on_secondary secondary_container " +
        "on_secondary_container tertiary on_tertiary tertiary_container on_tertiary_container error on_error " +
        "error_container on_error_container surface on_surface on_surface_variant outline outline_variant shadow " +
        "scrim inverse_surface on_inverse_surface inverse_primary surface_tint on_primary_fixed on_secondary_fixed " +
        "on_tertiary_fixed on_primary_fixed_variant on_secondary_fixed_variant on_tertiary_fixed_variant " +
        "primary_fixed secondary_fixed tertiary_fixed primary_fixed_dim secondary_fixed_dim surface_bright " +
        "surface_container surface_container_high surface_container_highest surface_container_low " +
        "surface_container_lowest surface_dim tertiary_fixed_dim background on_background surface_variant"
    ).split(" "),
);

/** The theme that applies in one brightness: in dark mode `dark_theme`, else `theme` (Flet's page rule). */
export function activeTheme(
    props: Record<string, unknown>,
    dark: boolean,
    ctx: VarsContext,
): Record<string, unknown> | null {
    const value = dark && props.dark_theme != null ? props.dark_theme : props.theme;
    if (value == null) return null;
    if (ctx.isRecord(value)) return value;
    ctx.warn("theme %s is not a Theme map; ignored", value);
    return null;
}

/** 0xAARRGGBB from a CSS colour as renderer.css and parseColor write them ("#rgb", "#rrggbb[aa]", "rgb(…)"). */
export function cssToArgb(css: string): number | null {
    const s = css.trim().toLowerCase();
    let m = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(s);
    if (m) {
        let digits = m[1];
        if (digits.length <= 4) digits = digits.replace(/./g, "$&$&");
        return (0xff000000 | parseInt(digits.slice(0, 6), 16)) >>> 0;
    }
    m = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*([,/].*)?\)$/.exec(s);
    if (!m) return null;
    const [r, g, b] = [m[1], m[2], m[3]].map(Number);
    return r > 255 || g > 255 || b > 255 ? null : (0xff000000 | (r << 16) | (g << 8) | b) >>> 0;
}

/** The seed as 0xAARRGGBB, or null (with one warning) when it is not a colour the renderer can resolve. */
export function seedArgb(value: unknown, ctx: VarsContext): number | null {
    // The seed's hue is what counts: an opacity suffix ("blue,0.5") is dropped, as Flutter ignores alpha.
    const base = typeof value === "string" ? value.split(",")[0] : value;
    const css = ctx.parseColor(base);
    const resolved = css?.startsWith("var(") ? ctx.resolve(css.slice(4, -1)) : css;
    const argb = resolved ? cssToArgb(resolved) : null;
    if (argb === null) ctx.warn("theme color_scheme_seed %s is not a colour; the default colour scheme is used", value);
    return argb;
}

/** What one theme sets: the custom properties, and whether its seed waits for the scheme chunk. */
export interface ThemeVars {
    vars: Record<string, string>;
    waitsForScheme: boolean;
}

/**
 * The custom properties of `theme` in one brightness. `seeded` is false for a Container without theme_mode,
 * whose theme only overrides the inherited one (its seed is ignored, as in Flet's parseTheme with a parent
 * theme). The seed's roles come first, then the color_scheme overrides, then the font.
 */
export function themeVars(
    theme: Record<string, unknown> | null,
    dark: boolean,
    seeded: boolean,
    ctx: VarsContext,
): ThemeVars {
    const vars: Record<string, string> = {};
    let waitsForScheme = false;
    if (!theme) return { vars, waitsForScheme };
    if (seeded && theme.color_scheme_seed != null) {
        const seed = seedArgb(theme.color_scheme_seed, ctx);
        if (seed !== null && ctx.scheme) {
            for (const [role, hex] of Object.entries(ctx.scheme(seed, dark))) vars[`--flet-${role}`] = hex;
        } else if (seed !== null) waitsForScheme = true;
    }
    Object.assign(vars, overrides(theme.color_scheme, ctx));
    const font = theme.font_family;
    if (typeof font === "string" && font.trim() !== "")
        vars["--flet-font"] = `${JSON.stringify(font)}, ${DEFAULT_FONT}`;
    else if (font != null) ctx.warn("theme font_family %s is not a font name; ignored", font);
    return { vars, waitsForScheme };
}

/** Theme.color_scheme: each role set to a Flet colour overrides the computed one. */
function overrides(value: unknown, ctx: VarsContext): Record<string, string> {
    const vars: Record<string, string> = {};
    if (value == null) return vars;
    if (!ctx.isRecord(value)) {
        ctx.warn("theme color_scheme %s is not a ColorScheme map; ignored", value);
        return vars;
    }
    for (const key in value) {
        if (value[key] == null) continue;
        const css = ROLE_KEYS.has(key) ? ctx.parseColor(value[key]) : null;
        if (!ROLE_KEYS.has(key)) ctx.warn(`theme color_scheme.${key} is not a ColorScheme role; ignored`, key);
        else if (css === null) ctx.warn(`theme color_scheme.${key} %s is not a colour; ignored`, value[key]);
        else vars[`--flet-${key.replace(/_/g, "")}`] = css;
    }
    return vars;
}
