// A control's property values are properties of the control object itself (tree/control.ts), so no property the
// renderer knows may share a name with a member of controls, and every member's name must be reserved, so that a
// property an app gives such a name is kept apart.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { BASE_PROPS } from "../src/render/base-props";
import type { Widget, WidgetDef } from "../src/render/widget";
import { isMember, propNames } from "../src/tree/control";
import { PLACEHOLDER } from "../src/widgets/page";
import { REGISTRY } from "../src/widgets/registry";
import { startWith } from "./support/app";

const SRC = resolve(__dirname, "../src");

function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [readFileSync(path, "utf8")] : [];
    });
}

/** The property names the sources name: read, written, sent or subscribed to. */
function namesInSources(): Set<string> {
    const names = new Set<string>();
    const patterns = [
        /\.props\.([A-Za-z_$][\w$]*)/g,
        /\.prop\("([^"]+)"\)/g,
        /(?:get|set|has|remove)Prop\([^,()]+, "([^"]+)"/g,
    ];
    for (const text of sources(SRC)) {
        for (const pattern of patterns) for (const m of text.matchAll(pattern)) names.add(m[1]);
        // Events: trigger(w, "click") needs the property on_click.
        for (const m of text.matchAll(/trigger\([^,()]+, "([^"]+)"/g)) names.add(`on_${m[1]}`);
        // UpdateControl: update(control, {value}) writes the properties it sends.
        for (const m of text.matchAll(/\.update\([^,()]+, \{([^}]*)\}/g)) {
            for (const entry of m[1].split(",")) {
                const key = /^\s*([A-Za-z_]\w*)\s*(?::|$)/.exec(entry);
                if (key) names.add(key[1]);
            }
        }
    }
    return names;
}

/** The property names the widget definitions give meaning to: setters, lists, main slots, in nested types too. */
function namesInDefs(defs: Iterable<WidgetDef>, names = new Set<string>()): Set<string> {
    for (const def of defs) {
        for (const table of [def.props, def.lists]) for (const name of Object.keys(table ?? {})) names.add(name);
        if (def.mainSlot) names.add(def.mainSlot);
        if (def.childTypes) namesInDefs(Object.values(def.childTypes), names);
    }
    return names;
}

/** Every name a widget has as a member: its own fields and everything on its prototypes, Object.prototype included. */
function memberNames(w: Widget): Set<string> {
    const props = new Set(propNames(w));
    const names = new Set(Object.keys(w).filter((key) => !props.has(key)));
    for (let o = Object.getPrototypeOf(w); o !== null; o = Object.getPrototypeOf(o)) {
        for (const name of Object.getOwnPropertyNames(o)) names.add(name);
    }
    return names;
}

describe("control members and property names", () => {
    it("gives no member of a control the name of a property the renderer knows", async () => {
        const { session } = await startWith([
            { _c: "Container", _i: 30, padding: 4, content: { _c: "Text", _i: 31, value: "a" } },
            { _c: "Canvas", _i: 32, shapes: [{ _c: "Text", _i: 33, x: 1, y: 2, value: "b" }] },
            { _c: "Checkbox", _i: 34, value: true },
            { _c: "Nonesuch", _i: 35 },
        ]);
        const widgets = [1, 30, 31, 32, 33, 34, 35].map((id) => session.tree.get(id) as Widget);
        const members = new Set(widgets.flatMap((w) => [...memberNames(w)]));
        const known = namesInSources();
        namesInDefs([...Object.values(REGISTRY), PLACEHOLDER], known);
        for (const name of Object.keys(BASE_PROPS)) known.add(name);

        // Both lists hold what they must: fields (a Canvas shape's own `def` among them), the prototypes' names, and the
        // names of properties read, written, set by setters and subscribed to.
        expect([...members]).toEqual(expect.arrayContaining(["parent", "id", "el", "bits", "own", "def", "type"]));
        expect([...members]).toEqual(expect.arrayContaining(["effectivelyDisabled", "constructor", "__proto__"]));
        expect([...known]).toEqual(expect.arrayContaining(["disabled", "value", "content", "controls", "on_click"]));
        expect([...known]).toEqual(expect.arrayContaining(["key", "expand", "tooltip", "shapes", "selected_index"]));
        expect(known.size).toBeGreaterThan(250);

        expect([...known].filter((name) => members.has(name))).toEqual([]);
        // Every member's name is reserved, so a property named like it is kept under an escaped key.
        expect([...members].filter((name) => !isMember(name) || name.startsWith("$"))).toEqual([]);
    });
});
