// Flet colour strings (flet-protocol.md §2.6) to CSS. Theme roles and named Material colours become
// custom properties that renderer.css defines (generated at build time), so no colour table ships in JS.

// Flutter ColorScheme roles, lower-cased as Flet matches them case-insensitively.
const ROLES = new Set(
    (
        "primary onprimary primarycontainer onprimarycontainer primaryfixed primaryfixeddim onprimaryfixed " +
        "onprimaryfixedvariant secondary onsecondary secondarycontainer onsecondarycontainer secondaryfixed " +
        "secondaryfixeddim onsecondaryfixed onsecondaryfixedvariant tertiary ontertiary tertiarycontainer " +
        "ontertiarycontainer tertiaryfixed tertiaryfixeddim ontertiaryfixed ontertiaryfixedvariant error onerror " +
        "errorcontainer onerrorcontainer surface onsurface surfacedim surfacebright surfacecontainerlowest " +
        "surfacecontainerlow surfacecontainer surfacecontainerhigh surfacecontainerhighest onsurfacevariant outline " +
        "outlinevariant shadow scrim inversesurface oninversesurface inverseprimary surfacetint background " +
        "onbackground surfacevariant"
    ).split(" "),
);

const SWATCHES = new Set(
    "red pink purple deeppurple indigo blue lightblue cyan teal green lightgreen lime yellow amber orange deeporange brown grey bluegrey".split(
        " ",
    ),
);
const NO_ACCENT = new Set(["brown", "grey", "bluegrey"]);
const SHADES = new Set(["", "50", "100", "200", "300", "400", "500", "600", "700", "800", "900"]);
const ACCENT_SHADES = new Set(["", "100", "200", "400", "700"]);
const WHITE_ALPHAS = new Set(["", "10", "12", "24", "30", "38", "54", "60", "70"]);
const BLACK_ALPHAS = new Set(["", "12", "26", "38", "45", "54", "87"]);

function named(lower: string): string | null {
    if (ROLES.has(lower)) return `var(--flet-${lower})`;
    if (lower === "transparent") return "transparent";
    const m = /^([a-z]+?)(accent)?(\d*)$/.exec(lower);
    if (!m) return null;
    const [, base, accent, shade] = m;
    const ok = accent
        ? SWATCHES.has(base) && !NO_ACCENT.has(base) && ACCENT_SHADES.has(shade)
        : (SWATCHES.has(base) && (SHADES.has(shade) || (base === "grey" && (shade === "350" || shade === "850")))) ||
          (base === "white" && WHITE_ALPHAS.has(shade)) ||
          (base === "black" && BLACK_ALPHAS.has(shade));
    return ok ? `var(--flet-c-${lower})` : null;
}

function hex(digits: string): string | null {
    if (!/^[0-9a-fA-F]+$/.test(digits)) return null;
    if (digits.length === 3 || digits.length === 4) digits = digits.replace(/./g, "$&$&");
    if (digits.length === 6) return `#${digits}`;
    // Flutter writes alpha first (#aarrggbb); CSS wants it last.
    if (digits.length === 8) return `#${digits.slice(2)}${digits.slice(0, 2)}`;
    return null;
}

/**
 * Returns the CSS colour for a Flet colour value, or null when it is not one: "#rgb", "#argb",
 * "#rrggbb", "#aarrggbb", "0x…", a theme role ("primary"), a Material colour ("red100",
 * "redaccent200", "white54"), "transparent", each optionally followed by ",opacity".
 */
export function parseColor(value: unknown): string | null {
    if (typeof value !== "string") return null;
    const comma = value.indexOf(",");
    const name = (comma < 0 ? value : value.slice(0, comma)).trim();
    const lower = name.toLowerCase();
    const css = lower.startsWith("#") ? hex(name.slice(1)) : lower.startsWith("0x") ? hex(name.slice(2)) : named(lower);
    if (css === null || comma < 0) return css;
    const opacity = Number(value.slice(comma + 1));
    if (value.slice(comma + 1).trim() === "" || !(opacity >= 0 && opacity <= 1)) return null;
    return `color-mix(in srgb,${css} ${+(opacity * 100).toFixed(2)}%,transparent)`;
}
