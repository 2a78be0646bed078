import { describe, expect, it, vi } from "vitest";
import { schemeFromSeed } from "../src/theme/seed-scheme";
import { cssToArgb } from "../src/theme/theme-vars";
import { themeNeeds } from "../src/theme/theme";
import { guardConsole } from "./support/console-guard";
import { byId, patch, startWith } from "./support/app";

const warnings = guardConsole();

// Flutter's own expectations for ThemeData(colorSchemeSeed: Colors.blue), light and dark
// (packages/flutter/test/material/theme_data_test.dart), by the renderer's role names.
const FLUTTER_BLUE_LIGHT: Record<string, string> = {
    primary: "#36618e",
    onprimary: "#ffffff",
    primarycontainer: "#d1e4ff",
    onprimarycontainer: "#194975",
    primaryfixed: "#d1e4ff",
    primaryfixeddim: "#a0cafd",
    onprimaryfixed: "#001d36",
    onprimaryfixedvariant: "#194975",
    secondary: "#535f70",
    onsecondary: "#ffffff",
    secondarycontainer: "#d7e3f7",
    onsecondarycontainer: "#3b4858",
    secondaryfixed: "#d7e3f7",
    secondaryfixeddim: "#bbc7db",
    onsecondaryfixed: "#101c2b",
    onsecondaryfixedvariant: "#3b4858",
    tertiary: "#6b5778",
    ontertiary: "#ffffff",
    tertiarycontainer: "#f2daff",
    ontertiarycontainer: "#523f5f",
    tertiaryfixed: "#f2daff",
    tertiaryfixeddim: "#d6bee4",
    ontertiaryfixed: "#251431",
    ontertiaryfixedvariant: "#523f5f",
    error: "#ba1a1a",
    onerror: "#ffffff",
    errorcontainer: "#ffdad6",
    onerrorcontainer: "#93000a",
    outline: "#73777f",
    outlinevariant: "#c3c7cf",
    background: "#f8f9ff",
    onbackground: "#191c20",
    surface: "#f8f9ff",
    surfacebright: "#f8f9ff",
    surfacedim: "#d8dae0",
    surfacecontainerlowest: "#ffffff",
    surfacecontainerlow: "#f2f3fa",
    surfacecontainer: "#eceef4",
    surfacecontainerhigh: "#e6e8ee",
    surfacecontainerhighest: "#e1e2e8",
    onsurface: "#191c20",
    surfacevariant: "#dfe2eb",
    onsurfacevariant: "#43474e",
    inversesurface: "#2e3135",
    oninversesurface: "#eff0f7",
    inverseprimary: "#a0cafd",
    shadow: "#000000",
    scrim: "#000000",
    surfacetint: "#36618e",
};

const FLUTTER_BLUE_DARK: Record<string, string> = {
    primary: "#a0cafd",
    onprimary: "#003258",
    primarycontainer: "#194975",
    onprimarycontainer: "#d1e4ff",
    primaryfixed: "#d1e4ff",
    primaryfixeddim: "#a0cafd",
    onprimaryfixed: "#001d36",
    onprimaryfixedvariant: "#194975",
    secondary: "#bbc7db",
    onsecondary: "#253140",
    secondarycontainer: "#3b4858",
    onsecondarycontainer: "#d7e3f7",
    secondaryfixed: "#d7e3f7",
    secondaryfixeddim: "#bbc7db",
    onsecondaryfixed: "#101c2b",
    onsecondaryfixedvariant: "#3b4858",
    tertiary: "#d6bee4",
    ontertiary: "#3b2948",
    tertiarycontainer: "#523f5f",
    ontertiarycontainer: "#f2daff",
    tertiaryfixed: "#f2daff",
    tertiaryfixeddim: "#d6bee4",
    ontertiaryfixed: "#251431",
    ontertiaryfixedvariant: "#523f5f",
    error: "#ffb4ab",
    onerror: "#690005",
    errorcontainer: "#93000a",
    onerrorcontainer: "#ffdad6",
    outline: "#8d9199",
    outlinevariant: "#43474e",
    background: "#111418",
    onbackground: "#e1e2e8",
    surface: "#111418",
    surfacedim: "#111418",
    surfacebright: "#36393e",
    surfacecontainerlowest: "#0b0e13",
    surfacecontainerlow: "#191c20",
    surfacecontainer: "#1d2024",
    surfacecontainerhigh: "#272a2f",
    surfacecontainerhighest: "#32353a",
    onsurface: "#e1e2e8",
    surfacevariant: "#43474e",
    onsurfacevariant: "#c3c7cf",
    inversesurface: "#e1e2e8",
    oninversesurface: "#2e3135",
    inverseprimary: "#36618e",
    shadow: "#000000",
    scrim: "#000000",
    surfacetint: "#a0cafd",
};

const theme = (fields: Record<string, unknown>) => ({ ...fields, page_transitions: {} });
const prop = (el: HTMLElement, name: string) => el.style.getPropertyValue(name);

/** Starts an app whose page has `pageProps`, with the palette custom properties renderer.css defines. */
async function themed(pageProps: Record<string, unknown>, controls: unknown[] = []) {
    document.head.innerHTML =
        "<style>.flet-root{--flet-c-green:#4caf50;--flet-c-pink:#e91e63;--flet-c-white54:rgb(255 255 255/.54)}</style>";
    const started = await startWith(controls, pageProps);
    await vi.waitFor(() => expect(started.session.theme.missing(pageProps).size).toBe(0));
    return started;
}

describe("schemeFromSeed", () => {
    it("computes every role as Flutter's ColorScheme.fromSeed does for Colors.blue", () => {
        expect(schemeFromSeed(0xff2196f3, false)).toEqual(FLUTTER_BLUE_LIGHT);
        expect(schemeFromSeed(0xff2196f3, true)).toEqual(FLUTTER_BLUE_DARK);
    });

    it("gives the published tonal-spot roles for the Material 3 baseline seed #6750a4", () => {
        // The Material Theme Builder's export for this seed: primary 65558f, container e9ddff, on it 4d3d75.
        const light = schemeFromSeed(0xff6750a4, false);
        expect([light.primary, light.primarycontainer, light.onprimarycontainer]).toEqual([
            "#65558f",
            "#e9ddff",
            "#4d3d75",
        ]);
    });
});

describe("colour parsing for seeds", () => {
    it("reads the CSS forms renderer.css and parseColor produce", () => {
        expect(cssToArgb("#4caf50")).toBe(0xff4caf50);
        expect(cssToArgb("#fff")).toBe(0xffffffff);
        expect(cssToArgb("#12345680")).toBe(0xff123456);
        expect(cssToArgb("rgb(255 255 255/.54)")).toBe(0xffffffff);
        expect(cssToArgb("rgb(1, 2, 3)")).toBe(0xff010203);
        expect(cssToArgb("var(--x)")).toBeNull();
        expect(cssToArgb("rgb(300 0 0)")).toBeNull();
    });

    it("asks for the theme chunks only for theme maps, and for the seed chunk only with a usable seed", () => {
        expect([...themeNeeds([0, 0, "title", "x"])]).toEqual([]);
        expect([...themeNeeds([0, 0, "theme", theme({ font_family: "Georgia" })])]).toEqual(["themes"]);
        expect([...themeNeeds(new Map([[1, theme({ color_scheme_seed: "green" })]]))]).toEqual(["themes", "seed"]);
        expect([...themeNeeds(theme({ color_scheme_seed: "nocolour" }))]).toEqual(["themes"]);
    });
});

describe("page theme", () => {
    it("holds the message with a seed until the colour maths is loaded, so no default colours show", async () => {
        const { root, app, session } = await startWith([]);
        app.onMessage(
            patch(1, [[0], [0, 0, "title", "Seeded"], [0, 0, "theme", theme({ color_scheme_seed: "#6750a4" })]]),
        );
        expect(document.title).not.toBe("Seeded");
        expect(prop(root, "--flet-primary")).toBe("");
        await vi.waitFor(() => expect(prop(root, "--flet-primary")).toBe("#65558f"));
        expect(document.title).toBe("Seeded");
        expect(prop(root, "--flet-surface")).toBe("#fdf7ff");
        expect(root.dataset.theme).toBe("light");
        session.stop();
    });

    it("resolves a named seed through the palette's custom properties and changes it live", async () => {
        const { root, app, session } = await themed({ theme: theme({ color_scheme_seed: "green" }) });
        expect(prop(root, "--flet-primary")).toBe(schemeFromSeed(0xff4caf50, false).primary);
        app.onMessage(patch(1, [[0], [0, 0, "theme", theme({ color_scheme_seed: "#2196f3" })]]));
        expect(prop(root, "--flet-primary")).toBe("#36618e");
        app.onMessage(patch(1, [[0], [0, 0, "theme", null]]));
        expect(prop(root, "--flet-primary")).toBe("");
        expect(warnings()).not.toHaveBeenCalled();
        session.stop();
    });

    it("applies color_scheme overrides on top of the seed's roles", async () => {
        const { root, session } = await themed({
            theme: theme({
                color_scheme_seed: "#2196f3",
                color_scheme: { primary: "pink", on_surface_variant: "#80ff0000", surface_container_low: "#123" },
            }),
        });
        expect(prop(root, "--flet-primary")).toBe("var(--flet-c-pink)");
        expect(prop(root, "--flet-onsurfacevariant")).toBe("#ff000080");
        expect(prop(root, "--flet-surfacecontainerlow")).toBe("#112233");
        expect(prop(root, "--flet-secondary")).toBe("#535f70");
        session.stop();
    });

    it("switches schemes with theme_mode, using dark_theme in dark mode and theme when there is none", async () => {
        const { root, app, session } = await themed({
            theme: theme({ color_scheme_seed: "#2196f3" }),
            theme_mode: "dark",
        });
        expect(root.dataset.theme).toBe("dark");
        expect(prop(root, "--flet-primary")).toBe("#a0cafd");
        expect(prop(root, "--flet-surface")).toBe("#111418");

        app.onMessage(patch(1, [[0], [0, 0, "dark_theme", theme({ color_scheme_seed: "#6750a4" })]]));
        await vi.waitFor(() => expect(prop(root, "--flet-primary")).toBe(schemeFromSeed(0xff6750a4, true).primary));

        app.onMessage(patch(1, [[0], [0, 0, "theme_mode", "light"]]));
        expect(root.dataset.theme).toBe("light");
        expect(prop(root, "--flet-primary")).toBe("#36618e");
        session.stop();
    });

    it("follows the system colour scheme live with theme_mode system, and reports platform_brightness", async () => {
        let dark = false;
        const listeners: (() => void)[] = [];
        const media = vi.spyOn(window, "matchMedia").mockImplementation(
            (query) =>
                ({
                    media: query,
                    get matches() {
                        return dark;
                    },
                    addEventListener: (_: string, l: () => void) => listeners.push(l),
                    removeEventListener: () => {},
                }) as unknown as MediaQueryList,
        );
        const { root, app, session } = await themed({ theme: theme({ color_scheme_seed: "#2196f3" }) });
        expect(root.dataset.theme).toBe("light");
        expect(prop(root, "--flet-primary")).toBe("#36618e");

        dark = true;
        for (const l of listeners) l();
        expect(root.dataset.theme).toBe("dark");
        expect(prop(root, "--flet-primary")).toBe("#a0cafd");
        expect(app.take()).toEqual([
            { action: 4, body: { id: 1, props: { platform_brightness: "dark" } } },
            { action: 3, body: { target: 1, name: "platform_brightness_change", data: "dark" } },
        ]);
        session.stop();
        media.mockRestore();
    });

    it("falls back to the default scheme with one warning for a seed that is not a colour", async () => {
        const { root, app, session } = await themed({ theme: theme({ color_scheme_seed: "nocolour" }) });
        app.onMessage(patch(1, [[0], [0, 0, "theme_mode", "dark"]]));
        app.onMessage(patch(1, [[0], [0, 0, "theme_mode", "light"]]));
        expect(prop(root, "--flet-primary")).toBe("");
        expect(root.dataset.theme).toBe("light");
        const messages = warnings().mock.calls.map((c) => String(c[0]));
        expect(messages).toEqual([
            '[jflet] theme color_scheme_seed "nocolour" is not a colour; the default colour scheme is used',
        ]);
        session.stop();
    });

    it("ignores bad overrides and fonts one by one, keeping the good ones", async () => {
        const { root, session } = await themed({
            theme: theme({ color_scheme: { primary: "nocolour", secondary: "green", sparkle: "red" }, font_family: 7 }),
        });
        expect(prop(root, "--flet-primary")).toBe("");
        expect(prop(root, "--flet-secondary")).toBe("var(--flet-c-green)");
        expect(prop(root, "--flet-font")).toBe("");
        expect(warnings().mock.calls.map((c) => String(c[0]))).toEqual([
            '[jflet] theme color_scheme.primary "nocolour" is not a colour; ignored',
            "[jflet] theme color_scheme.sparkle is not a ColorScheme role; ignored",
            "[jflet] theme font_family 7 is not a font name; ignored",
        ]);
        session.stop();
    });

    it("sets the font family in front of the bundled Roboto", async () => {
        const { root, session } = await themed({ theme: theme({ font_family: 'Noto "Serif"' }) });
        expect(prop(root, "--flet-font")).toBe('"Noto \\"Serif\\"", Roboto, system-ui, sans-serif');
        session.stop();
    });
});

describe("Container theme", () => {
    const box = (id: number, props: Record<string, unknown>, content?: unknown) => ({
        _c: "Container",
        _i: id,
        ...props,
        ...(content ? { content } : {}),
    });

    it("with theme_mode gets a scheme of its own; without, its theme only overrides the inherited one", async () => {
        const inner = box(52, { theme: theme({ color_scheme_seed: "green", color_scheme: { primary: "pink" } }) });
        const { root, session } = await themed({ theme: theme({ color_scheme_seed: "#2196f3" }) }, [
            box(50, { theme: theme({ color_scheme_seed: "#6750a4" }), theme_mode: "dark" }, inner),
            box(51, { dark_theme: theme({ font_family: "Georgia" }) }),
        ]);
        const own = byId(root, 50);
        await vi.waitFor(() => expect(prop(own, "--flet-primary")).toBe(schemeFromSeed(0xff6750a4, true).primary));
        expect(own.dataset.theme).toBe("dark");
        // Inside the dark subtree, no theme_mode: the seed is ignored, the override applies.
        const overriding = byId(root, 52);
        expect(overriding.dataset.theme).toBeUndefined();
        expect(prop(overriding, "--flet-primary")).toBe("var(--flet-c-pink)");
        expect(prop(overriding, "--flet-secondary")).toBe("");
        // A dark_theme applies only where the inherited brightness is dark: the page is light.
        const lightOnly = byId(root, 51);
        expect(prop(lightOnly, "--flet-font")).toBe("");
        expect(prop(root, "--flet-primary")).toBe("#36618e");
        session.stop();
    });

    it("stops theming its subtree when its theme props are removed", async () => {
        const { root, app, session } = await themed({}, [box(60, { theme_mode: "dark" })]);
        await vi.waitFor(() => expect(byId(root, 60).dataset.theme).toBe("dark"));
        app.onMessage(patch(60, [[0], [0, 0, "theme_mode", null]]));
        expect(byId(root, 60).dataset.theme).toBeUndefined();
        session.stop();
    });
});
