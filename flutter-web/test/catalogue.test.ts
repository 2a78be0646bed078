import { describe, expect, it, vi } from "vitest";
import { guardConsole } from "./support/console-guard";
import { byId, patch, replay, startApp, startWith } from "./support/app";

const warnings = guardConsole();

const key = (el: Element, k: string, init: KeyboardEventInit = {}) =>
    el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true, ...init }));
const event = (target: number, name: string, data: unknown = null) => ({ action: 3, body: { target, name, data } });
const update = (id: number, props: Record<string, unknown>) => ({ action: 4, body: { id, props } });

describe("value_types transcript", () => {
    it("renders every control of the recorded page without a warning", async () => {
        const { root, app } = await startApp();
        for (const _ of replay(app, "value_types"));
        await vi.dynamicImportSettled();
        expect(root.querySelector(".flet-unknown")).toBeNull();
        // Text styles
        expect(byId(root, 14).style.fontWeight).toBe("600");
        expect(byId(root, 14).style.letterSpacing).toBe("1.5px");
        // Container decoration, tooltip and animation
        expect(byId(root, 21).style.backgroundImage).toContain("linear-gradient(135deg");
        expect(byId(root, 21).style.boxShadow).toContain("7.93px");
        expect(byId(root, 21).style.transition).toContain("opacity 250ms linear");
        expect(byId(root, 19).querySelector("[role=tooltip]")!.textContent).toBe("Rich");
        // Badges
        expect(byId(root, 24).querySelector(".flet-badge")!.textContent).toBe("3");
        expect(byId(root, 25).textContent).toBe("new");
        // Stack children placed by left/top/right/bottom
        expect(byId(root, 33).style.position).toBe("absolute");
        expect([byId(root, 34).style.right, byId(root, 34).style.bottom]).toEqual(["0px", "0px"]);
        // Image: width/height on its box, fit on the <img>
        const image = byId(root, 36);
        expect(image.style.width).toBe("200px");
        expect(image.querySelector("img")!.getAttribute("src")).toBe("https://picsum.photos/id/10/200/100");
        expect(image.querySelector("img")!.style.objectFit).toBe("cover");
        // Markdown
        expect(byId(root, 37).querySelector("h1")!.textContent).toBe("Title");
        expect(byId(root, 37).querySelector("strong")!.textContent).toBe("bold");
        // Dropdown
        const select = byId(root, 41).querySelector("select")!;
        expect(select.value).toBe("b");
        expect([...select.options].map((o) => o.textContent)).toEqual(["Apple", "Banana", "Cherry"]);
        expect(byId(root, 41).querySelector("label")!.textContent).toBe("Fruit");
        // Tabs
        expect(byId(root, 43).getAttribute("aria-selected")).toBe("true");
        expect(byId(root, 42).getAttribute("aria-selected")).toBe("false");
        expect(byId(root, 45).classList.contains("flet-tab-hidden")).toBe(true);
        expect(byId(root, 46).classList.contains("flet-tab-hidden")).toBe(false);
        // Navigation bar at the bottom of the view
        expect(byId(root, 11).tagName).toBe("NAV");
        expect(byId(root, 9).getAttribute("aria-current")).toBe("page");
        // DataTable
        expect(byId(root, 64).querySelectorAll("table thead th").length).toBe(2);
        expect(byId(root, 64).querySelectorAll("tbody tr").length).toBe(2);
        expect(byId(root, 53).classList.contains("flet-dt-numeric")).toBe(true);
        // Card, ListTile, toggles, slider, radios, chip
        expect(byId(root, 69).dataset.variant).toBe("elevated");
        expect(byId(root, 68).querySelector(".flet-tile-title")!.textContent).toBe("Card title");
        expect(byId(root, 70).querySelector("input")!.checked).toBe(true);
        expect(byId(root, 71).querySelector("input")!.getAttribute("role")).toBe("switch");
        expect(byId(root, 72).querySelector("input")!.getAttribute("aria-valuetext")).toBe("3");
        expect(byId(root, 74).querySelector("input")!.checked).toBe(true);
        expect(byId(root, 76).getAttribute("role")).toBe("radiogroup");
        expect(byId(root, 80).querySelector("button")!.textContent).toContain("Chip");
        expect(warnings()).not.toHaveBeenCalled();
    });
});

describe("inputs send Flet's events", () => {
    it("Checkbox cycles false -> true -> null -> false with tristate, syncing before change", async () => {
        const { root, app } = await startWith([
            { _c: "Checkbox", _i: 30, label: "Agree", tristate: true, on_change: true },
        ]);
        const box = byId(root, 30).querySelector("input")!;
        expect(byId(root, 30).tagName).toBe("LABEL");
        box.click();
        box.click();
        expect(box.indeterminate).toBe(true);
        box.click();
        expect(app.take()).toEqual([
            update(30, { value: true }),
            event(30, "change", true),
            update(30, { value: null }),
            event(30, "change", null),
            update(30, { value: false }),
            event(30, "change", false),
        ]);
    });

    it("Switch is a role=switch checkbox", async () => {
        const { root, app } = await startWith([{ _c: "Switch", _i: 30, label: "Wi-Fi", on_change: true }]);
        const input = byId(root, 30).querySelector("input")!;
        expect(input.getAttribute("role")).toBe("switch");
        input.click();
        expect(app.take()).toEqual([update(30, { value: true }), event(30, "change", true)]);
    });

    it("RadioGroup reports the chosen value; arrow keys move and select", async () => {
        const { root, app } = await startWith([
            {
                _c: "RadioGroup",
                _i: 30,
                on_change: true,
                content: {
                    _c: "Column",
                    _i: 31,
                    controls: [
                        { _c: "Radio", _i: 32, value: "a", label: "A" },
                        { _c: "Radio", _i: 33, value: "b", label: "B", disabled: true },
                        { _c: "Radio", _i: 34, value: "c", label: "C" },
                    ],
                },
            },
        ]);
        const radio = (id: number) => byId(root, id).querySelector("input")!;
        radio(32).click();
        expect(app.take()).toEqual([update(30, { value: "a" }), event(30, "change", "a")]);
        key(radio(32), "ArrowDown"); // skips the disabled radio
        expect(document.activeElement).toBe(radio(34));
        expect(radio(34).checked).toBe(true);
        key(radio(34), "ArrowDown"); // wraps around
        expect(app.take()).toEqual([
            update(30, { value: "c" }),
            event(30, "change", "c"),
            update(30, { value: "a" }),
            event(30, "change", "a"),
        ]);
        expect(radio(32).name).toBe(radio(34).name);
    });

    it("Slider sends change_start, change (synced) and change_end as doubles; keys step by division", async () => {
        const { root, app } = await startWith([
            {
                _c: "Slider",
                _i: 30,
                min: 0,
                max: 10,
                divisions: 10,
                value: 3,
                label: "{value}",
                on_change: true,
                on_change_start: true,
                on_change_end: true,
            },
        ]);
        const input = byId(root, 30).querySelector("input")!;
        expect([input.min, input.max, input.step, input.value]).toEqual(["0", "10", "1", "3"]);
        key(input, "ArrowRight");
        expect(app.take()).toEqual([
            event(30, "change_start", 3),
            update(30, { value: 4 }),
            event(30, "change", 4),
            event(30, "change_end", 4),
        ]);
        expect(app.packets.at(-1)!.at(-1)).toBe(0); // the last double 4.0 ends with zero bytes (float64)
        key(input, "End");
        expect(byId(root, 30).querySelector("output")!.textContent).toBe("10");
        app.take();
        input.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true }));
        input.value = "6";
        input.dispatchEvent(new Event("input", { bubbles: true }));
        input.dispatchEvent(new Event("change", { bubbles: true }));
        expect(app.take()).toEqual([
            event(30, "change_start", 10),
            update(30, { value: 6 }),
            event(30, "change", 6),
            event(30, "change_end", 6),
        ]);
    });

    it("Dropdown is a labelled select that syncs the value before select", async () => {
        const { root, app } = await startWith([
            {
                _c: "Dropdown",
                _i: 30,
                label: "Fruit",
                on_select: true,
                options: [
                    { _c: "DropdownOption", _i: 31, key: "a", text: "Apple" },
                    { _c: "DropdownOption", _i: 32, key: "b" },
                ],
            },
        ]);
        const select = byId(root, 30).querySelector("select")!;
        expect(byId(root, 30).classList.contains("flet-tf-filled")).toBe(false);
        expect(byId(root, 30).querySelector("label")!.htmlFor).toBe(select.id);
        select.focus();
        select.value = "b"; // what the keyboard or the list does
        select.dispatchEvent(new Event("change", { bubbles: true }));
        expect(app.take()).toEqual([update(30, { value: "b" }), event(30, "select", "b")]);
        app.onMessage(patch(30, [[0], [0, 0, "value", "a"]]));
        expect(select.value).toBe("a");
    });

    it("Chip toggles selected with aria-pressed and has a separate delete button", async () => {
        const { root, app } = await startWith([{ _c: "Chip", _i: 30, label: "Tag", on_select: true, on_delete: true }]);
        const [main, del] = byId(root, 30).querySelectorAll("button");
        expect(main.getAttribute("aria-pressed")).toBe("false");
        expect(del.getAttribute("aria-label")).toBe("Delete");
        main.click();
        expect(main.getAttribute("aria-pressed")).toBe("true");
        del.click();
        expect(app.take()).toEqual([update(30, { selected: true }), event(30, "select", true), event(30, "delete")]);
    });
});

describe("tabs and navigation", () => {
    const tabs = (selected = 0) => ({
        _c: "Tabs",
        _i: 30,
        length: 3,
        selected_index: selected,
        on_change: true,
        content: {
            _c: "Column",
            _i: 31,
            controls: [
                {
                    _c: "TabBar",
                    _i: 32,
                    on_click: true,
                    tabs: [
                        { _c: "Tab", _i: 33, label: "One" },
                        { _c: "Tab", _i: 34, label: "Two" },
                        { _c: "Tab", _i: 35, label: "Three" },
                    ],
                },
                {
                    _c: "TabBarView",
                    _i: 36,
                    controls: [
                        { _c: "Text", _i: 37, value: "1" },
                        { _c: "Text", _i: 38, value: "2" },
                        { _c: "Text", _i: 39, value: "3" },
                    ],
                },
            ],
        },
    });

    it("is an ARIA tablist with a roving tab stop and a labelled tabpanel", async () => {
        const { root } = await startWith([tabs(1)]);
        expect(byId(root, 32).getAttribute("role")).toBe("tablist");
        expect([33, 34, 35].map((id) => byId(root, id).tabIndex)).toEqual([-1, 0, -1]);
        const panel = byId(root, 36);
        expect(panel.getAttribute("role")).toBe("tabpanel");
        expect(panel.getAttribute("aria-labelledby")).toBe(byId(root, 34).id);
        expect(byId(root, 33).getAttribute("aria-controls")).toBe(panel.id);
    });

    it("selects with a click and with arrow, Home and End keys", async () => {
        const { root, app } = await startWith([tabs()]);
        byId(root, 34).click();
        expect(app.take()).toEqual([update(30, { selected_index: 1 }), event(30, "change", 1), event(32, "click", 1)]);
        expect(byId(root, 38).classList.contains("flet-tab-hidden")).toBe(false);
        key(byId(root, 34), "ArrowRight");
        expect(document.activeElement).toBe(byId(root, 35));
        key(byId(root, 35), "ArrowRight"); // wraps to the first tab
        key(byId(root, 33), "End");
        expect(app.take().filter((m) => m.action === 3 && m.body.name === "change")).toEqual([
            event(30, "change", 2),
            event(30, "change", 0),
            event(30, "change", 2),
        ]);
        expect(byId(root, 35).getAttribute("aria-selected")).toBe("true");
    });

    it("NavigationBar marks the current destination and syncs selected_index before change", async () => {
        const { root, app } = await startWith([{ _c: "Text", _i: 30, value: "body" }]);
        app.onMessage(
            patch(1, [
                [0, { views: [1, new Map([[0, [2]]])] }],
                [
                    0,
                    2,
                    "navigation_bar",
                    {
                        _c: "NavigationBar",
                        _i: 40,
                        on_change: true,
                        destinations: [
                            { _c: "NavigationBarDestination", _i: 41, icon: 0xe318, label: "Home" },
                            { _c: "NavigationBarDestination", _i: 42, icon: 0xe318, label: "Settings" },
                        ],
                    },
                ],
            ]),
        );
        const nav = byId(root, 40);
        expect(nav.previousElementSibling!.classList.contains("flet-view-body")).toBe(true);
        expect(byId(root, 41).getAttribute("aria-current")).toBe("page");
        byId(root, 42).click();
        expect(byId(root, 42).getAttribute("aria-current")).toBe("page");
        expect(app.take()).toEqual([update(40, { selected_index: 1 }), event(40, "change", 1)]);
    });
});

describe("DataTable", () => {
    const table = (extra: Record<string, unknown> = {}) => ({
        _c: "DataTable",
        _i: 30,
        on_select_all: true,
        ...extra,
        columns: [
            { _c: "DataColumn", _i: 31, label: "Name", on_sort: true },
            { _c: "DataColumn", _i: 32, label: { _c: "Text", _i: 33, value: "Age" }, numeric: true },
        ],
        rows: [
            {
                _c: "DataRow",
                _i: 40,
                on_select_change: true,
                cells: [
                    { _c: "DataCell", _i: 41, content: "Alice" },
                    { _c: "DataCell", _i: 42, content: "30", on_tap: true },
                ],
            },
        ],
    });

    it("is a table whose sortable headers are buttons with aria-sort", async () => {
        const { root, app } = await startWith([table({ sort_column_index: 0, sort_ascending: true })]);
        const th = byId(root, 31);
        expect(th.tagName).toBe("TH");
        expect(th.getAttribute("aria-sort")).toBe("ascending");
        expect(byId(root, 32).hasAttribute("aria-sort")).toBe(false);
        th.querySelector("button")!.click();
        expect(app.take()).toEqual([event(31, "sort", { ci: 0, asc: false })]);
        app.onMessage(patch(30, [[0], [0, 0, "sort_ascending", false]]));
        expect(th.getAttribute("aria-sort")).toBe("descending");
    });

    it("toggles rows with select_change and all rows with select_all; cell taps go to the cell", async () => {
        const { root, app } = await startWith([table()]);
        const row = byId(root, 40);
        expect(row.firstElementChild!.querySelector("input[type=checkbox]")).not.toBeNull();
        byId(root, 41).click();
        byId(root, 42).click();
        (root.querySelector("thead input[type=checkbox]") as HTMLInputElement).click();
        expect(app.take()).toEqual([event(40, "select_change", true), event(42, "tap"), event(30, "select_all", true)]);
    });
});

describe("Markdown", () => {
    const markdown = async (value: string, extra: Record<string, unknown> = {}) => {
        const started = await startWith([{ _c: "Markdown", _i: 30, value, ...extra }]);
        await vi.dynamicImportSettled();
        return { ...started, md: byId(started.root, 30) };
    };

    it("never puts raw HTML, script, event handlers or javascript: links into the page", async () => {
        const { md } = await markdown(
            '<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\nText <b onclick="alert(3)">bold</b> ' +
                "[bad](javascript:alert(4)) [bad2](JaVa\tScRiPt:alert(5)) <javascript:alert(6)> [data](data:text/html,x) " +
                "[ok](https://example.com) [rel](docs/page.md) [mail](mailto:a@b.c) ![i](javascript:x)",
        );
        expect(md.querySelector("script,b,[onerror],[onclick]")).toBeNull();
        for (const el of md.querySelectorAll("*")) {
            for (const attr of el.attributes) {
                expect(attr.name).not.toMatch(/^on/i);
                expect(attr.value).not.toMatch(/^\s*(javascript|data|vbscript):/i);
            }
        }
        expect([...md.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
            "https://example.com",
            "docs/page.md",
            "mailto:a@b.c",
        ]);
        expect(md.textContent).toContain("bad");
        expect(md.querySelector("img")).toBeNull();
    });

    it("uses GitHub extensions only with gitHubFlavored or gitHubWeb", async () => {
        const source = "|a|b|\n|-|-|\n|1|2|\n\n~~gone~~ https://x.org\n\n- [x] done";
        const plain = (await markdown(source)).md;
        expect(plain.querySelector("table,del,input")).toBeNull();
        const gfm = (await markdown(source, { extension_set: "gitHubFlavored" })).md;
        expect(gfm.querySelector("table th")!.textContent).toBe("a");
        expect(gfm.querySelector("del")!.textContent).toBe("gone");
        expect(gfm.querySelector("a")!.getAttribute("href")).toBe("https://x.org");
        expect((gfm.querySelector("input[type=checkbox]") as HTMLInputElement).checked).toBe(true);
    });

    it("decodes entities as text and sends tap_link; auto_follow_links opens a new tab", async () => {
        const { md, app } = await markdown("a &amp; b &lt;i&gt; [go](https://x.org)", { on_tap_link: true });
        expect(md.textContent).toContain("a & b <i>");
        const a = md.querySelector("a")!;
        const click = new MouseEvent("click", { bubbles: true, cancelable: true });
        a.dispatchEvent(click);
        expect(click.defaultPrevented).toBe(true);
        expect(app.take()).toEqual([event(30, "tap_link", "https://x.org")]);
        const follow = (await markdown("[go](https://x.org)", { auto_follow_links: true })).md.querySelector("a")!;
        expect([follow.target, follow.rel]).toEqual(["_blank", "noopener noreferrer"]);
    });
});

describe("shared properties", () => {
    it("composes rotate, scale and offset, and animate_* into transitions", async () => {
        const { root } = await startWith([
            {
                _c: "Container",
                _i: 30,
                rotate: { angle: 0.5, alignment: { x: 0, y: 0 } },
                scale: 2,
                offset: [0.5, 0],
                animate_rotation: { duration: 200, curve: "easeIn" },
                animate_opacity: true,
                opacity: 0.5,
            },
        ]);
        const el = byId(root, 30);
        expect(el.style.transform).toBe("translate(50%,0%) rotate(0.5rad) scale(2)");
        expect(el.style.transformOrigin).toBe("50% 50%");
        expect(el.style.transition).toBe("opacity 1000ms linear,transform 200ms cubic-bezier(.42,0,1,1)");
    });

    it("describes controls by their tooltip, and names icon buttons by it", async () => {
        const { root } = await startWith([
            { _c: "Button", _i: 30, content: "Save", tooltip: { message: "Save the file", wait_duration: 100 } },
            { _c: "IconButton", _i: 31, icon: 0xe318, tooltip: "Search" },
        ]);
        const button = byId(root, 30);
        const tip = button.querySelector("[role=tooltip]")!;
        expect(button.getAttribute("aria-describedby")).toBe(tip.id);
        expect(tip.getAttribute("aria-hidden")).toBe("true");
        expect(tip.textContent).toBe("Save the file");
        expect(byId(root, 31).getAttribute("aria-label")).toBe("Search");
        expect(byId(root, 31).hasAttribute("aria-describedby")).toBe(false);
    });

    it("warns once about a bad value and keeps the default", async () => {
        const { root, app } = await startWith([{ _c: "Container", _i: 30, rotate: "90deg", padding: 4 }]);
        app.onMessage(patch(30, [[0], [0, 0, "padding", 8]]));
        expect(byId(root, 30).style.transform).toBe("");
        expect(warnings()).toHaveBeenCalledTimes(1);
        expect(warnings().mock.calls[0][0]).toContain("Container(30): rotate");
    });

    it("ResponsiveRow sizes children by the page width's breakpoint", async () => {
        window.innerWidth = 800;
        const { root } = await startWith([
            {
                _c: "ResponsiveRow",
                _i: 30,
                breakpoints: { xs: 0, sm: 576, md: 768, lg: 992, xl: 1200, xxl: 1400 },
                controls: [
                    { _c: "Container", _i: 31, col: { sm: 6, md: 4 } },
                    { _c: "Container", _i: 32 },
                ],
            },
        ]);
        expect(byId(root, 31).style.maxWidth).toBe("calc((100% - 110px) * 0.333333 + 30px)");
        expect(byId(root, 32).style.maxWidth).toBe("calc((100% - 110px) * 1 + 110px)");
    });

    it("Stack overlays unpositioned children and places positioned ones", async () => {
        const { root } = await startWith([
            {
                _c: "Stack",
                _i: 30,
                _internals: { host_positioned: true },
                alignment: { x: 0, y: 1 },
                controls: [
                    { _c: "Text", _i: 31, value: "a" },
                    { _c: "Text", _i: 32, value: "b", left: 5, top: 6 },
                ],
            },
        ]);
        expect(byId(root, 30).style.justifyItems).toBe("center");
        expect(byId(root, 30).style.alignItems).toBe("end");
        expect(byId(root, 32).style.position).toBe("absolute");
        expect(byId(root, 31).style.position).toBe("");
    });

    it("Image takes base64, SVG text and asset paths; semantics_label is its alt", async () => {
        const png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
        const { root } = await startWith([
            { _c: "Image", _i: 30, src: png, semantics_label: "Dot" },
            { _c: "Image", _i: 31, src: "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>" },
            { _c: "Image", _i: 32, src: "/images/a.png" },
        ]);
        const img = (id: number) => byId(root, id).querySelector("img")!;
        expect(img(30).src).toBe(`data:image/png;base64,${png}`);
        expect(img(30).alt).toBe("Dot");
        expect(img(31).src.startsWith("data:image/svg+xml;charset=utf-8,%3Csvg")).toBe(true);
        expect(root.querySelector("script")).toBeNull();
        expect(img(32).src).toBe(new URL("/images/a.png", location.origin).href);
        expect(img(32).alt).toBe("");
    });
});

describe("GestureDetector and Canvas", () => {
    it("reports tap with Flet's short keys and pans with deltas", async () => {
        const { root, app } = await startWith([
            {
                _c: "GestureDetector",
                _i: 30,
                on_tap: true,
                on_pan_start: true,
                on_pan_update: true,
                on_pan_end: true,
                content: { _c: "Text", _i: 31, value: "drag me" },
            },
        ]);
        const el = byId(root, 30);
        expect(el.getAttribute("role")).toBe("button");
        const pointer = (type: string, x: number, y: number) =>
            el.dispatchEvent(
                new PointerEvent(type, { clientX: x, clientY: y, pointerId: 1, pointerType: "mouse", bubbles: true }),
            );
        pointer("pointerdown", 10, 20);
        pointer("pointerup", 10, 20);
        const [tap] = app.take();
        expect(tap.body.name).toBe("tap");
        expect(tap.body.data).toEqual({ k: "mouse", l: { x: 10, y: 20 }, g: { x: 10, y: 20 } });
        pointer("pointerdown", 10, 20);
        pointer("pointermove", 20, 25);
        pointer("pointerup", 20, 25);
        const names = app.take().map((m) => m.body.name);
        expect(names).toEqual(["pan_start", "pan_update", "pan_end"]);
        key(el, "Enter");
        expect(app.take().map((m) => m.body.name)).toEqual(["tap"]);
    });

    it("draws shapes as SVG, including canvas Text", async () => {
        const { root } = await startWith([
            {
                _c: "Canvas",
                _i: 30,
                width: 100,
                height: 100,
                shapes: [
                    { _c: "Line", _i: 31, x1: 0, y1: 0, x2: 10, y2: 10, paint: { color: "red", stroke_width: 2 } },
                    { _c: "Circle", _i: 32, x: 50, y: 50, radius: 10, paint: { style: "stroke" } },
                    { _c: "Arc", _i: 33, x: 0, y: 0, width: 20, height: 20, start_angle: 0, sweep_angle: Math.PI / 2 },
                    { _c: "Text", _i: 34, x: 5, y: 5, value: "hi" },
                ],
            },
        ]);
        const line = byId(root, 31);
        expect(line.tagName.toLowerCase()).toBe("line");
        expect([line.style.stroke, line.getAttribute("stroke-width")]).toEqual(["var(--flet-c-red)", "2"]);
        expect(byId(root, 32).style.fill).toBe("none");
        expect(byId(root, 33).getAttribute("d")).toMatch(/^M20 10A10 10 0 0 1 /);
        expect(byId(root, 34).tagName.toLowerCase()).toBe("text");
        expect(byId(root, 34).textContent).toBe("hi");
    });
});
