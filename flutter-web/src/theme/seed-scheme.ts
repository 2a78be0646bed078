// Material 3 colour roles from a seed colour, as Flutter's ColorScheme.fromSeed computes them: the tonal-spot
// variant (Flutter's default DynamicSchemeVariant) at contrast 0. Loaded as its own chunk, only when a theme
// names a color_scheme_seed; the build also runs it for the default scheme in renderer.css (scripts/theme.mjs).
import {
    type DynamicColor,
    Hct,
    MaterialDynamicColors as C,
    SchemeTonalSpot,
} from "@material/material-color-utilities";

/** Each role, by its custom property name (--flet-<role>), and the dynamic colour Flutter reads for it. */
export const ROLES: Record<string, DynamicColor> = {
    primary: C.primary,
    onprimary: C.onPrimary,
    primarycontainer: C.primaryContainer,
    onprimarycontainer: C.onPrimaryContainer,
    primaryfixed: C.primaryFixed,
    primaryfixeddim: C.primaryFixedDim,
    onprimaryfixed: C.onPrimaryFixed,
    onprimaryfixedvariant: C.onPrimaryFixedVariant,
    secondary: C.secondary,
    onsecondary: C.onSecondary,
    secondarycontainer: C.secondaryContainer,
    onsecondarycontainer: C.onSecondaryContainer,
    secondaryfixed: C.secondaryFixed,
    secondaryfixeddim: C.secondaryFixedDim,
    onsecondaryfixed: C.onSecondaryFixed,
    onsecondaryfixedvariant: C.onSecondaryFixedVariant,
    tertiary: C.tertiary,
    ontertiary: C.onTertiary,
    tertiarycontainer: C.tertiaryContainer,
    ontertiarycontainer: C.onTertiaryContainer,
    tertiaryfixed: C.tertiaryFixed,
    tertiaryfixeddim: C.tertiaryFixedDim,
    ontertiaryfixed: C.onTertiaryFixed,
    ontertiaryfixedvariant: C.onTertiaryFixedVariant,
    error: C.error,
    onerror: C.onError,
    errorcontainer: C.errorContainer,
    onerrorcontainer: C.onErrorContainer,
    surface: C.surface,
    onsurface: C.onSurface,
    surfacedim: C.surfaceDim,
    surfacebright: C.surfaceBright,
    surfacecontainerlowest: C.surfaceContainerLowest,
    surfacecontainerlow: C.surfaceContainerLow,
    surfacecontainer: C.surfaceContainer,
    surfacecontainerhigh: C.surfaceContainerHigh,
    surfacecontainerhighest: C.surfaceContainerHighest,
    onsurfacevariant: C.onSurfaceVariant,
    outline: C.outline,
    outlinevariant: C.outlineVariant,
    shadow: C.shadow,
    scrim: C.scrim,
    inversesurface: C.inverseSurface,
    oninversesurface: C.inverseOnSurface,
    inverseprimary: C.inversePrimary,
    surfacetint: C.primary,
    // Deprecated Flutter roles that Flet apps still name; fromSeed fills them from the same scheme.
    background: C.surface,
    onbackground: C.onSurface,
    surfacevariant: C.surfaceVariant,
};

const hex = (argb: number): string => "#" + (argb & 0xffffff).toString(16).padStart(6, "0");

/** Returns {role: "#rrggbb"} for `seed` (0xAARRGGBB; alpha is ignored) in one brightness. */
export function schemeFromSeed(seed: number, dark: boolean): Record<string, string> {
    const scheme = new SchemeTonalSpot(Hct.fromInt(seed), dark, 0);
    const out: Record<string, string> = {};
    for (const role in ROLES) out[role] = hex(ROLES[role].getArgb(scheme));
    return out;
}
