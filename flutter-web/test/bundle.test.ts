// @vitest-environment node
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleRenderer, tsCandidates } from "../scripts/bundle.mjs";
import { staticClosure } from "../scripts/sizes.mjs";
import { familySheetNames, firstPaintCss, lazySheets } from "../scripts/styles.mjs";

const moduleDir = resolve(__dirname, "..");

const folders: string[] = [];

/** Bundles the real sources, with the real lazy stylesheets, into a fresh folder. */
const bundle = async () => {
    const out = mkdtempSync(join(tmpdir(), "jflet-bundle-"));
    folders.push(out);
    const sheets = await lazySheets(moduleDir);
    const output = await bundleRenderer(join(moduleDir, "src/main.ts"), out, join(moduleDir, "tsconfig.json"), sheets);
    return { out, output, sheets };
};

/** The family names in widgets/lazy.ts, as its family("name", …) calls give them. */
const lazyFamilies = () =>
    [...readFileSync(join(moduleDir, "src/widgets/lazy.ts"), "utf8").matchAll(/family\("([a-z-]+)"/g)]
        .map((m) => m[1])
        .sort();

/** Whether chunk code makes a class: its name, or a prefix of at least two parts ("flet-switch" + "-input"). */
function makes(code: string, cls: string): boolean {
    const parts = cls.split("-");
    for (let n = parts.length; n >= 2; n--) if (code.includes(`"${parts.slice(0, n).join("-")}`)) return true;
    for (let n = parts.length; n >= 2; n--) if (code.includes(parts.slice(0, n).join("-"))) return true;
    return false;
}

/** The modules the sources import with import("…"), as the lazy chunks they must become. */
const LAZY_MODULES = [
    "src/markdown/render.ts",
    "src/services/index.ts",
    "src/theme/seed-scheme.ts",
    "src/theme/theme-apply.ts",
    "src/widgets/canvas.ts",
    "src/widgets/data-table.ts",
    "src/widgets/dialogs.ts",
    "src/widgets/gesture.ts",
    "src/widgets/image.ts",
    "src/widgets/inputs.ts",
    "src/widgets/nav.ts",
    "src/widgets/progress.ts",
    "src/widgets/responsive-row.ts",
    "src/widgets/scroll-events.ts",
    "src/widgets/scroll-lists.ts",
    "src/widgets/sheet-drag.ts",
    "src/widgets/tabs.ts",
    "src/widgets/text-state.ts",
    "src/widgets/textfield.ts",
];

describe("the renderer bundle", () => {
    let built: Awaited<ReturnType<typeof bundle>>;
    beforeAll(async () => {
        built = await bundle();
    }, 60_000);
    afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

    it("is renderer.js re-exporting start() from the one chunk it imports", () => {
        const entry = readFileSync(join(built.out, "renderer.js"), "utf8");
        const eager = [...staticClosure(built.output, "renderer.js")];
        expect(eager).toHaveLength(1);
        expect(eager[0]).toMatch(/^chunks\/main-[0-9a-f]{8}\.js$/);
        expect(entry).toContain(`"./${eager[0]}"`);
        expect(entry).toMatch(/ as start\}/);
    });

    it("makes every dynamically imported module a lazy chunk that first paint does not import", () => {
        const eager = staticClosure(built.output, "renderer.js");
        const lazy = built.output
            .filter((o: any) => o.type === "chunk" && o.isDynamicEntry)
            .map((o: any) => [o.facadeModuleId.slice(moduleDir.length + 1), o.fileName]);
        expect(lazy.map(([module]: string[]) => module).sort()).toEqual(LAZY_MODULES);
        for (const [, fileName] of lazy) expect(eager.has(fileName)).toBe(false);
        const main: any = built.output.find((o: any) => eager.has(o.fileName));
        const chunkOf = (module: string): string => lazy.find(([m]: string[]) => m === module)![1];
        // Sheet dragging is imported by the dialogs chunk, which holds BottomSheet; the first-paint chunk imports the rest.
        const sheetDrag = chunkOf("src/widgets/sheet-drag.ts");
        expect(main.dynamicImports.sort()).toEqual(
            lazy
                .map(([, fileName]: string[]) => fileName)
                .filter((f: string) => f !== sheetDrag)
                .sort(),
        );
        const dialogs: any = built.output.find((o: any) => o.fileName === chunkOf("src/widgets/dialogs.ts"));
        expect(dialogs.dynamicImports).toEqual([sheetDrag]);
    });

    it("names the files by their content: the same sources give the same names", async () => {
        const again = await bundle();
        const names = (out: string) => [...readdirSync(join(out, "chunks"))].sort();
        expect(names(again.out)).toEqual(names(built.out));
        const services: any = built.output.find((o: any) => o.facadeModuleId?.endsWith("src/services/index.ts"));
        expect(services.fileName).toMatch(/^chunks\/services-[0-9a-f]{8}\.js$/);
    }, 60_000);

    it("emits each lazy stylesheet as chunks/<name>-<hash>.css, with its URL in the first-paint chunk", () => {
        const eager = staticClosure(built.output, "renderer.js");
        const main: any = built.output.find((o: any) => eager.has(o.fileName));
        const assets = built.output.filter((o: any) => o.type === "asset");
        expect(Object.keys(built.sheets).sort()).toEqual([...lazyFamilies(), "palette"].sort());
        for (const [name, css] of Object.entries(built.sheets)) {
            const file: any = assets.find((a: any) => a.names?.[0] === `${name}.css`);
            expect(file?.fileName).toMatch(new RegExp(`^chunks/${name}-[0-9a-f]{8}\\.css$`));
            expect(readFileSync(join(built.out, file.fileName), "utf8")).toBe(css);
            expect(main.code).toContain(`new URL("${file.fileName.slice("chunks/".length)}",import.meta.url)`);
        }
        const lazy: any[] = built.output.filter((o: any) => o.type === "chunk" && !eager.has(o.fileName));
        for (const chunk of lazy) expect(chunk.code).not.toMatch(/\.css"/);
    });

    it("has one stylesheet per family in widgets/lazy.ts, whose classes that family's chunk makes", () => {
        expect(familySheetNames(moduleDir)).toEqual(lazyFamilies());
        const eager = staticClosure(built.output, "renderer.js");
        const main: any = built.output.find((o: any) => eager.has(o.fileName));
        for (const name of lazyFamilies()) {
            const chunk: any = built.output.find((o: any) => o.isDynamicEntry && o.name === name);
            const classes = new Set([...built.sheets[name].matchAll(/\.(flet-[a-z0-9-]+)/g)].map((m) => m[1]));
            const own = [...classes].filter((cls) => makes(chunk.code, cls));
            // Shared classes (flet-selected, flet-disabled) come from the first-paint chunk; the rest are the family's.
            expect([name, [...classes].filter((cls) => !own.includes(cls) && !makes(main.code, cls))]).toEqual([
                name,
                [],
            ]);
            expect([name, own.filter((cls) => !makes(main.code, cls)).length > 0]).toEqual([name, true]);
        }
    });

    it("leaves the palette and the families' rules out of renderer.css", async () => {
        const css = await firstPaintCss(moduleDir, "");
        expect(css).toContain("--flet-primary:");
        expect(css).not.toContain("--flet-c-");
        expect(built.sheets.palette).toMatch(/^\.flet-root\{--flet-c-red50:#ffebee;.*--flet-c-red:#f44336;/);
        for (const name of lazyFamilies()) {
            for (const rule of built.sheets[name].split("}").filter((r: string) => r.includes("{"))) {
                expect([name, css.includes(`${rule}}`)]).toEqual([name, false]);
            }
        }
        expect(css).toContain(".flet-card{");
        expect(css).not.toContain(".flet-switch-input");
        expect(css).not.toContain(".flet-dialog-surface");
        expect(css).not.toContain(".flet-tf-input");
    });

    it("resolves an import without extension to the .ts file, else the folder's index.ts", () => {
        expect(tsCandidates("/a/src/main.ts", "./services")).toEqual([
            "/a/src/services.ts",
            "/a/src/services/index.ts",
        ]);
        expect(tsCandidates("/a/src/x/y.ts", "../log")).toEqual(["/a/src/log.ts", "/a/src/log/index.ts"]);
    });
});
