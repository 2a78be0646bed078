// Material 3 colour schemes computed at build time, so the renderer ships plain CSS custom properties
// instead of the colour maths. Flet's default theme seeds ColorScheme.fromSeed with Colors.blue
// (packages/flet/lib/src/utils/theme.dart), and Flutter's fromSeed uses the tonal-spot variant.
import { Hct, MaterialDynamicColors as C, SchemeTonalSpot } from "@material/material-color-utilities";
import materialColors from "material-colors/dist/colors.json" with { type: "json" };

export const DEFAULT_SEED = 0xff2196f3;

// Flutter ColorScheme role -> the dynamic colour that Flutter's ColorScheme.fromSeed reads for it.
const ROLES = {
    primary: C.primary,
    onPrimary: C.onPrimary,
    primaryContainer: C.primaryContainer,
    onPrimaryContainer: C.onPrimaryContainer,
    primaryFixed: C.primaryFixed,
    primaryFixedDim: C.primaryFixedDim,
    onPrimaryFixed: C.onPrimaryFixed,
    onPrimaryFixedVariant: C.onPrimaryFixedVariant,
    secondary: C.secondary,
    onSecondary: C.onSecondary,
    secondaryContainer: C.secondaryContainer,
    onSecondaryContainer: C.onSecondaryContainer,
    secondaryFixed: C.secondaryFixed,
    secondaryFixedDim: C.secondaryFixedDim,
    onSecondaryFixed: C.onSecondaryFixed,
    onSecondaryFixedVariant: C.onSecondaryFixedVariant,
    tertiary: C.tertiary,
    onTertiary: C.onTertiary,
    tertiaryContainer: C.tertiaryContainer,
    onTertiaryContainer: C.onTertiaryContainer,
    tertiaryFixed: C.tertiaryFixed,
    tertiaryFixedDim: C.tertiaryFixedDim,
    onTertiaryFixed: C.onTertiaryFixed,
    onTertiaryFixedVariant: C.onTertiaryFixedVariant,
    error: C.error,
    onError: C.onError,
    errorContainer: C.errorContainer,
    onErrorContainer: C.onErrorContainer,
    surface: C.surface,
    onSurface: C.onSurface,
    surfaceDim: C.surfaceDim,
    surfaceBright: C.surfaceBright,
    surfaceContainerLowest: C.surfaceContainerLowest,
    surfaceContainerLow: C.surfaceContainerLow,
    surfaceContainer: C.surfaceContainer,
    surfaceContainerHigh: C.surfaceContainerHigh,
    surfaceContainerHighest: C.surfaceContainerHighest,
    onSurfaceVariant: C.onSurfaceVariant,
    outline: C.outline,
    outlineVariant: C.outlineVariant,
    shadow: C.shadow,
    scrim: C.scrim,
    inverseSurface: C.inverseSurface,
    onInverseSurface: C.inverseOnSurface,
    inversePrimary: C.inversePrimary,
    surfaceTint: C.primary,
    // Deprecated Flutter roles that Flet apps still name.
    background: C.surface,
    onBackground: C.onSurface,
    surfaceVariant: C.surfaceContainerHighest,
};

const hex = (argb) => "#" + (argb & 0xffffff).toString(16).padStart(6, "0");

/** Returns {role: "#rrggbb"} for one brightness. */
export function colorScheme(seed, dark) {
    const scheme = new SchemeTonalSpot(Hct.fromInt(seed), dark, 0);
    return Object.fromEntries(Object.entries(ROLES).map(([role, color]) => [role, hex(color.getArgb(scheme))]));
}

const declarations = (scheme) =>
    Object.entries(scheme)
        .map(([role, value]) => `--flet-${role.toLowerCase()}:${value};`)
        .join("");

/**
 * CSS for both schemes. The renderer resolves theme_mode (and prefers-color-scheme for "system") and
 * sets data-theme on its root, so each scheme is written once.
 */
export function themeCss(seed = DEFAULT_SEED) {
    return (
        `.flet-root{color-scheme:light;${declarations(colorScheme(seed, false))}}\n` +
        `.flet-root[data-theme=dark]{color-scheme:dark;${declarations(colorScheme(seed, true))}}\n`
    );
}

// Flutter's Colors has grey 350 and 850 on top of the Material 2014 palette.
const FLUTTER_EXTRA = { grey: { 350: "#d6d6d6", 850: "#303030" } };

/**
 * The named Material colours Flet accepts ("red", "red100", "redaccent200", "white54", ...) as custom
 * properties; the renderer only validates the name and refers to var(--flet-c-<name>).
 */
export function paletteCss() {
    const vars = [];
    for (const [key, swatch] of Object.entries(materialColors)) {
        if (typeof swatch !== "object" || !("500" in swatch)) continue;
        const name = key.replace(/-/g, "");
        const shades = { ...swatch, ...FLUTTER_EXTRA[name] };
        for (const [shade, value] of Object.entries(shades)) {
            if (shade.startsWith("a")) vars.push([`${name}accent${shade.slice(1)}`, value]);
            else vars.push([`${name}${shade}`, value]);
        }
        vars.push([name, shades["500"]]);
        if (shades.a200) vars.push([`${name}accent`, shades.a200]);
    }
    vars.push(["white", "#fff"], ["black", "#000"]);
    for (const a of [10, 12, 24, 30, 38, 54, 60, 70]) vars.push([`white${a}`, `rgb(255 255 255/.${a})`]);
    for (const a of [12, 26, 38, 45, 54, 87]) vars.push([`black${a}`, `rgb(0 0 0/.${a})`]);
    return `.flet-root{${vars.map(([n, v]) => `--flet-c-${n}:${v};`).join("")}}\n`;
}
