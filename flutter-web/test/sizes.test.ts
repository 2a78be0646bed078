import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { measure, sizeRows, sizeTable, staticClosure } from "../scripts/sizes.mjs";

/** A build output folder with the files the report reads, and Rollup's output records for it. */
function fakeBuild() {
    const out = mkdtempSync(join(tmpdir(), "jflet-sizes-"));
    const files: Record<string, string> = {
        "renderer.js": 'export{a as start}from"./chunks/main-A.js";',
        "chunks/main-A.js": 'import"./util-C.js";' + "x".repeat(500),
        "chunks/util-C.js": "eager through main",
        "chunks/shared-B.js": "shared by lazy ones",
        "chunks/seed-scheme-X.js": "maths ".repeat(200),
        "chunks/inputs-Y.js": 'import"./shared-B.js";import"./main-A.js";',
        "renderer.css": ".a{}",
        "chunks/inputs-D.css": ".flet-toggle{display:flex}",
        "chunks/palette-E.css": ".flet-root{--flet-c-red:#f44336}",
        "fonts/roboto-latin-400-normal.woff2": "r",
        "fonts/material-symbols-rounded.woff2": "rr",
        "icons/material/0.json": '{"1":"a"}',
        "icons/material/1.json": '{"2":"bbbbbbbbbb"}',
    };
    for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(out, path, ".."), { recursive: true });
        writeFileSync(join(out, path), text);
    }
    const root = "/repo/flutter-web";
    const chunk = (fileName: string, more: object) => ({
        type: "chunk",
        fileName,
        isEntry: false,
        isDynamicEntry: false,
        facadeModuleId: null,
        imports: [],
        dynamicImports: [],
        ...more,
    });
    const output = [
        chunk("renderer.js", { isEntry: true, facadeModuleId: `${root}/src/main.ts`, imports: ["chunks/main-A.js"] }),
        chunk("chunks/main-A.js", {
            imports: ["chunks/util-C.js"],
            dynamicImports: ["chunks/seed-scheme-X.js", "chunks/inputs-Y.js"],
        }),
        chunk("chunks/util-C.js", {}),
        chunk("chunks/shared-B.js", {}),
        chunk("chunks/seed-scheme-X.js", { isDynamicEntry: true, facadeModuleId: `${root}/src/theme/seed-scheme.ts` }),
        chunk("chunks/inputs-Y.js", {
            isDynamicEntry: true,
            facadeModuleId: `${root}/src/widgets/inputs.ts`,
            imports: ["chunks/shared-B.js", "chunks/main-A.js"],
        }),
        { type: "asset", fileName: "x.txt" },
        { type: "asset", fileName: "chunks/palette-E.css", names: ["palette.css"] },
        { type: "asset", fileName: "chunks/inputs-D.css", names: ["inputs.css"] },
    ];
    return { out, output, root };
}

describe("the size report", () => {
    it("measures real gzip and brotli streams of the file", () => {
        const bytes = Buffer.from("abc".repeat(1000));
        const m = measure(bytes);
        expect(m.bytes).toBe(3000);
        expect(m.gzip).toBeLessThan(100);
        expect(m.brotli).toBeLessThan(m.gzip);
    });

    it("says when each part loads: eager chunks at first paint, lazy ones by the module they came from", () => {
        const { out, output, root } = fakeBuild();
        const rows = sizeRows(out, output, root);
        const loads = Object.fromEntries(rows.map((r: any) => [r.file, r.loads]));
        expect(loads).toEqual({
            "renderer.js": "first paint",
            "chunks/main-A.js": "first paint (imported by renderer.js)",
            "chunks/util-C.js": "first paint (imported by renderer.js)",
            "chunks/shared-B.js": "with the lazy chunks that import it",
            "chunks/inputs-Y.js": "first control of its family (widgets/lazy.ts)",
            "chunks/seed-scheme-X.js": "first theme with a color_scheme_seed",
            "renderer.css": "first paint",
            "chunks/inputs-D.css": "with its family's chunk (widgets/lazy.ts)",
            "chunks/palette-E.css": "first named colour (red100, white54, …)",
            "fonts/material-symbols-rounded.woff2": "first _ROUNDED icon",
            "fonts/roboto-latin-400-normal.woff2": "first text of its weight",
            "icons/material/*.json": "first icon of a file's range",
        });
        const icons: any = rows.find((r: any) => r.file === "icons/material/*.json");
        expect(icons.bytes).toBe(9 + 18);
        expect(icons.each.bytes).toBe("9–18");
    });

    it("names each lazy chunk's part by the module it was split from, relative to the sources", () => {
        const { out, output, root } = fakeBuild();
        const parts = Object.fromEntries(sizeRows(out, output, root).map((r: any) => [r.file, r.part]));
        expect(parts["chunks/seed-scheme-X.js"]).toBe("lazy chunk: src/theme/seed-scheme.ts");
        expect(parts["chunks/main-A.js"]).toBe("renderer code (eager)");
        expect(parts["chunks/shared-B.js"]).toBe("shared code (lazy)");
    });

    it("lists the stylesheets in chunks/ after renderer.css, each family's by its name, and their sizes", () => {
        const { out, output, root } = fakeBuild();
        const rows = sizeRows(out, output, root);
        const files = rows.map((r: any) => r.file);
        const css = files.indexOf("renderer.css");
        expect(files.slice(css, css + 3)).toEqual(["renderer.css", "chunks/inputs-D.css", "chunks/palette-E.css"]);
        const inputs: any = rows.find((r: any) => r.file === "chunks/inputs-D.css");
        expect(inputs.part).toBe("styles of the inputs family");
        expect(inputs.bytes).toBe(".flet-toggle{display:flex}".length);
        expect(rows.find((r: any) => r.file === "chunks/palette-E.css")!.part).toBe("named colours (--flet-c-*)");
        expect(sizeTable(rows)).toContain("| chunks/inputs-D.css | styles of the inputs family | 26 |");
    });

    it("follows static imports through chunks, but not dynamic ones", () => {
        const { output } = fakeBuild();
        expect([...staticClosure(output, "renderer.js")].sort()).toEqual(["chunks/main-A.js", "chunks/util-C.js"]);
        expect([...staticClosure(output, "chunks/inputs-Y.js")].sort()).toEqual([
            "chunks/main-A.js",
            "chunks/shared-B.js",
            "chunks/util-C.js",
        ]);
    });

    it("totals first paint over renderer.js, its static chunks and the CSS", () => {
        const { out, output, root } = fakeBuild();
        const rows = sizeRows(out, output, root);
        const table = sizeTable(rows);
        const eager = rows.filter((r: any) => r.loads.startsWith("first paint"));
        expect(eager.map((r: any) => r.file)).toEqual([
            "renderer.js",
            "chunks/main-A.js",
            "chunks/util-C.js",
            "renderer.css",
        ]);
        const bytes = eager.reduce((s: number, r: any) => s + r.bytes, 0);
        expect(table).toContain(`| **first paint (JS + CSS)** | | ${bytes} |`);
        expect(table.split("\n")[0]).toBe("| file | part | bytes | gzip | brotli | loads |");
    });
});
