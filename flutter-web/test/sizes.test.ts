import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { measure, sizeRows, sizeTable } from "../scripts/sizes.mjs";

/** A build output folder with the files the report reads, and esbuild's metafile for it. */
function fakeBuild() {
    const out = mkdtempSync(join(tmpdir(), "jflet-sizes-"));
    const files: Record<string, string> = {
        "renderer.js": 'import"./chunks/chunk-A.js";' + "x".repeat(500),
        "chunks/chunk-A.js": "shared",
        "chunks/chunk-B.js": "shared by lazy ones",
        "chunks/seed-scheme-X.js": "maths ".repeat(200),
        "chunks/inputs-Y.js": "inputs",
        "renderer.css": ".a{}",
        "fonts/roboto-latin-400-normal.woff2": "r",
        "fonts/material-symbols-rounded.woff2": "rr",
        "icons/material/0.json": '{"1":"a"}',
        "icons/material/1.json": '{"2":"bbbbbbbbbb"}',
    };
    for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(out, path, ".."), { recursive: true });
        writeFileSync(join(out, path), text);
    }
    const key = (p: string) => relative(process.cwd(), join(out, p));
    const metafile = {
        outputs: {
            [key("renderer.js")]: {
                imports: [
                    { path: key("chunks/chunk-A.js"), kind: "import-statement" },
                    { path: key("chunks/seed-scheme-X.js"), kind: "dynamic-import" },
                ],
            },
            [key("chunks/chunk-A.js")]: { imports: [] },
            [key("chunks/chunk-B.js")]: { imports: [] },
            [key("chunks/seed-scheme-X.js")]: { imports: [], entryPoint: "src/theme/seed-scheme.ts" },
            [key("chunks/inputs-Y.js")]: { imports: [], entryPoint: "src/widgets/inputs.ts" },
        },
    };
    return { out, metafile };
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
        const { out, metafile } = fakeBuild();
        const rows = sizeRows(out, metafile);
        const loads = Object.fromEntries(rows.map((r: any) => [r.file, r.loads]));
        expect(loads).toEqual({
            "renderer.js": "first paint",
            "chunks/chunk-A.js": "first paint (imported by renderer.js)",
            "chunks/chunk-B.js": "with the lazy chunks that import it",
            "chunks/inputs-Y.js": "first control of its family (widgets/lazy.ts)",
            "chunks/seed-scheme-X.js": "first theme with a color_scheme_seed",
            "renderer.css": "first paint",
            "fonts/material-symbols-rounded.woff2": "first _ROUNDED icon",
            "fonts/roboto-latin-400-normal.woff2": "first text of its weight",
            "icons/material/*.json": "first icon of a file's range",
        });
        const icons: any = rows.find((r: any) => r.file === "icons/material/*.json");
        expect(icons.bytes).toBe(9 + 18);
        expect(icons.each.bytes).toBe("9–18");
    });

    it("totals first paint over renderer.js, its static chunks and the CSS", () => {
        const { out, metafile } = fakeBuild();
        const rows = sizeRows(out, metafile);
        const table = sizeTable(rows);
        const eager = rows.filter((r: any) => r.loads.startsWith("first paint"));
        expect(eager.map((r: any) => r.file)).toEqual(["renderer.js", "chunks/chunk-A.js", "renderer.css"]);
        const bytes = eager.reduce((s: number, r: any) => s + r.bytes, 0);
        expect(table).toContain(`| **first paint (JS + CSS)** | | ${bytes} |`);
        expect(table.split("\n")[0]).toBe("| file | part | bytes | gzip | brotli | loads |");
    });
});
