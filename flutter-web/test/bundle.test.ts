// @vitest-environment node
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleRenderer, tsCandidates } from "../scripts/bundle.mjs";
import { staticClosure } from "../scripts/sizes.mjs";

const moduleDir = resolve(__dirname, "..");

const folders: string[] = [];

/** Bundles the real sources into a fresh folder. */
const bundle = async () => {
    const out = mkdtempSync(join(tmpdir(), "jflet-bundle-"));
    folders.push(out);
    const output = await bundleRenderer(join(moduleDir, "src/main.ts"), out, join(moduleDir, "tsconfig.json"));
    return { out, output };
};

/** The modules the sources import with import("…"), as the lazy chunks they must become. */
const LAZY_MODULES = [
    "src/markdown/render.ts",
    "src/services/index.ts",
    "src/theme/seed-scheme.ts",
    "src/theme/theme-apply.ts",
    "src/widgets/canvas.ts",
    "src/widgets/data-table.ts",
    "src/widgets/gesture.ts",
    "src/widgets/inputs.ts",
    "src/widgets/nav.ts",
    "src/widgets/scroll-events.ts",
    "src/widgets/scroll-lists.ts",
    "src/widgets/sheet-drag.ts",
    "src/widgets/tabs.ts",
    "src/widgets/text-state.ts",
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
        expect(main.dynamicImports.sort()).toEqual(lazy.map(([, fileName]: string[]) => fileName).sort());
    });

    it("names the files by their content: the same sources give the same names", async () => {
        const again = await bundle();
        const names = (out: string) => [...readdirSync(join(out, "chunks"))].sort();
        expect(names(again.out)).toEqual(names(built.out));
        const services: any = built.output.find((o: any) => o.facadeModuleId?.endsWith("src/services/index.ts"));
        expect(services.fileName).toMatch(/^chunks\/services-[0-9a-f]{8}\.js$/);
    }, 60_000);

    it("resolves an import without extension to the .ts file, else the folder's index.ts", () => {
        expect(tsCandidates("/a/src/main.ts", "./services")).toEqual([
            "/a/src/services.ts",
            "/a/src/services/index.ts",
        ]);
        expect(tsCandidates("/a/src/x/y.ts", "../log")).toEqual(["/a/src/log.ts", "/a/src/log/index.ts"]);
    });
});
