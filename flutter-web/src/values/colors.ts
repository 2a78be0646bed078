// Flet colour strings (flet-protocol.md §2.6) to CSS. Theme roles and named Material colours become
// custom properties defined in CSS generated at build time, so no colour table ships in JS: the roles in
// renderer.css, the named colours in the palette's sheet, loaded on first use (palette.ts).
import { own } from "./geometry";
import { isPaletteName, requestPalette } from "./palette";

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

// CupertinoColors (light variants), which Flet looks up after the Material swatches.
const CUPERTINO: Record<string, string> = {
    activeblue: "#007aff",
    activegreen: "#34c759",
    activeorange: "#ff9500",
    lightbackgroundgray: "#e5e5ea",
    extralightbackgroundgray: "#efeff4",
    darkbackgroundgray: "#171717",
    inactivegray: "#999999",
    destructivered: "#ff3b30",
    systemblue: "#007aff",
    systemgreen: "#34c759",
    systemmint: "#00c7be",
    systemindigo: "#5856d6",
    systemorange: "#ff9500",
    systempink: "#ff2d55",
    systembrown: "#a2845e",
    systempurple: "#af52de",
    systemred: "#ff3b30",
    systemteal: "#30b0c7",
    systemcyan: "#32ade6",
    systemyellow: "#ffcc00",
    systemgrey: "#8e8e93",
    systemgrey2: "#aeaeb2",
    systemgrey3: "#c7c7cc",
    systemgrey4: "#d1d1d6",
    systemgrey5: "#e5e5ea",
    systemgrey6: "#f2f2f7",
    label: "#000000",
    secondarylabel: "#3c3c4399",
    tertiarylabel: "#3c3c434d",
    quaternarylabel: "#3c3c432e",
    systemfill: "#78788033",
    secondarysystemfill: "#78788029",
    tertiarysystemfill: "#7676801f",
    quaternarysystemfill: "#74748014",
    placeholdertext: "#3c3c434d",
    systembackground: "#ffffff",
    secondarysystembackground: "#f2f2f7",
    tertiarysystembackground: "#ffffff",
    systemgroupedbackground: "#f2f2f7",
    separator: "#3c3c434a",
    opaqueseparator: "#c6c6c8",
    link: "#007aff",
};

function named(lower: string): string | null {
    if (ROLES.has(lower)) return `var(--flet-${lower})`;
    if (lower === "transparent") return "transparent";
    if (!isPaletteName(lower)) return own(CUPERTINO, lower);
    requestPalette();
    return `var(--flet-c-${lower})`;
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
 * "redaccent200", "white54"), a Cupertino colour ("systemBlue"), "transparent", each optionally followed by ",opacity".
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
