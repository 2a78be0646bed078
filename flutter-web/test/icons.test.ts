import { beforeEach, describe, expect, it, vi } from "vitest";
import { glyphAt, iconWords, SHARD_SIZE } from "../src/icons/icon-table";
import { IconLibrary } from "../src/icons/icons";
import { resetWarnings } from "../src/log";
// The build's own generator, run against the shipped font and Flet's tables.
import { iconShards, iconTable } from "../scripts/icons.mjs";
import { SYMBOLS_PATH } from "../scripts/fonts.mjs";
import { readLigatures } from "../scripts/woff2-ligatures.mjs";
import { SHARED_DIR } from "./support/transcripts";

const ligatures = readLigatures(SYMBOLS_PATH);
const material = JSON.parse(iconTable(SHARED_DIR, "material", ligatures).json);
const cupertino = JSON.parse(iconTable(SHARED_DIR, "cupertino", ligatures).json);

beforeEach(() => resetWarnings());

describe("generated icon tables", () => {
    it("know the icon font's ligatures", () => {
        expect(ligatures.has("add")).toBe(true);
        expect(ligatures.has("done")).toBe(true);
        expect(ligatures.size).toBeGreaterThan(4000);
    });

    it("resolve Material names, styles and renamed icons", () => {
        expect(glyphAt(material, 65604 & 0xffff)).toEqual({
            name: "ADD",
            ligature: "add",
            fill: 1,
            family: "outlined",
        });
        const byName = (name: string) => {
            for (let i = 0; i < material.names.length; i++)
                if (glyphAt(material, i)?.name === name) return glyphAt(material, i);
        };
        expect(byName("ARROW_BACK_OUTLINED")).toEqual({
            name: "ARROW_BACK_OUTLINED",
            ligature: "arrow_back",
            fill: 0,
            family: "outlined",
        });
        expect(byName("ARROW_BACK_ROUNDED")).toMatchObject({ fill: 1, family: "rounded" });
        expect(byName("ARROW_BACK_SHARP")).toMatchObject({ fill: 1, family: "sharp" });
        expect(byName("TEN_K")?.ligature).toBe("10k");
        expect(byName("TWENTY_FOUR_MP")?.ligature).toBe("24mp");
        expect(byName("THREESIXTY")?.ligature).toBe("360");
        expect(byName("CLASS_")?.ligature).toBe("class");
        expect(byName("FAVORITE_OUTLINE")).toMatchObject({ name: "FAVORITE_OUTLINE", ligature: "favorite", fill: 0 });
        expect(byName("FACEBOOK")?.ligature).toBe("");
        expect(byName("FAVORITE_BORDER")).toMatchObject({
            name: "FAVORITE_BORDER",
            ligature: "favorite_border",
            fill: 0,
        });
        expect(byName("STAR_BORDER_ROUNDED")?.fill).toBe(0);
        expect(byName("CHECK_BOX_OUTLINE_BLANK")?.fill).toBe(0);
    });

    it("list every Flet icon at its code's index", () => {
        const source = require(`${SHARED_DIR}/data/flet-icons/material_icons.json`);
        for (const [name, code] of Object.entries(source) as [string, number][]) {
            expect(glyphAt(material, code & 0xffff)?.name).toBe(name);
        }
        const cup = require(`${SHARED_DIR}/data/flet-icons/cupertino_icons.json`);
        for (const [name, code] of Object.entries(cup) as [string, number][]) {
            expect(glyphAt(cupertino, code & 0xffff)?.name).toBe(name);
        }
    });

    it("map Cupertino names to filled or outlined Material symbols", () => {
        expect(glyphAt(cupertino, 131072 & 0xffff)).toEqual({
            name: "ADD",
            ligature: "add",
            fill: 0,
            family: "outlined",
        });
    });
});

describe("iconShards", () => {
    it("resolves every code from its file exactly as from the whole table", () => {
        for (const table of [material, cupertino]) {
            const shards = iconShards(table);
            expect(shards.length).toBe(Math.ceil(table.names.length / SHARD_SIZE));
            for (let index = 0; index < table.names.length; index++) {
                const file = shards[Math.floor(index / SHARD_SIZE)].table;
                expect(file.names.length).toBeLessThanOrEqual(SHARD_SIZE + 8);
                expect(glyphAt(file, index)).toEqual(glyphAt(table, index));
            }
        }
    });
});

describe("IconLibrary", () => {
    it("loads a table once, on first use, and names icons in words", async () => {
        const load = vi.fn(async (set: string) => (set === "material" ? material : cupertino));
        const icons = new IconLibrary(load);
        expect(load).not.toHaveBeenCalled();
        const el = document.createElement("span");
        const names: (string | undefined)[] = [];
        icons.show(el, 65604, (g) => names.push(g?.name));
        icons.show(document.createElement("span"), 65605);
        await vi.waitFor(() => expect(el.textContent).toBe("add"));
        expect(load).toHaveBeenCalledTimes(1);
        expect(names).toEqual(["ADD"]);
        expect(el.getAttribute("class")).toContain("flet-icon-fill");
        icons.show(el, 131072);
        await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2));
        expect(load.mock.calls.map((c) => c.slice())).toEqual([
            ["material", Math.floor((65604 & 0xffff) / SHARD_SIZE)],
            ["cupertino", 0],
        ]);
    });

    it("does not apply an icon that was replaced while its table loaded", async () => {
        const icons = new IconLibrary(async () => material);
        const el = document.createElement("span");
        icons.show(el, 65604);
        icons.show(el, 71741);
        await vi.waitFor(() => expect(el.textContent).toBe("remove"));
    });

    it("keeps no record of icons once their table has arrived, or failed to", async () => {
        let fail = false;
        const icons = new IconLibrary(async () => {
            if (fail) throw new Error("offline");
            return material;
        });
        const waiting = () => (icons as unknown as { wanted: Map<HTMLElement, number> }).wanted.size;
        const els = Array.from({ length: 5 }, () => document.createElement("span"));
        for (const el of els) icons.show(el, 65604);
        expect(waiting()).toBe(5);
        await vi.waitFor(() => expect(els.every((el) => el.textContent === "add")).toBe(true));
        expect(waiting()).toBe(0);
        // An icon of a loaded table is shown at once and never waits.
        icons.show(els[0], 65605);
        expect(waiting()).toBe(0);
        fail = true;
        const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
        icons.show(els[1], 131072);
        expect(waiting()).toBe(1);
        await vi.waitFor(() => expect(waiting()).toBe(0));
        warn.mockRestore();
    });

    it("turns icon names into words", () => {
        expect(iconWords("ADD")).toBe("add");
        expect(iconWords("ARROW_BACK")).toBe("arrow back");
        expect(iconWords("ARROW_BACK")).toBe(iconWords("ARROW_BACK"));
    });
});
