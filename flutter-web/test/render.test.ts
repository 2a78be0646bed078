import { describe, expect, it, vi } from "vitest";
import { guardConsole } from "./support/console-guard";
import { encodeFrame } from "../src/protocol/frames";
import { byId, patch, replay, startApp, startWith } from "./support/app";
import { toHex } from "./support/transcripts";

const warnings = guardConsole();

describe("connection", () => {
    it("sends RegisterClient with a snapshot of the page", async () => {
        const { app } = await startApp({ wasm: true });
        expect(app.connectedWith).toEqual(["test-app", {}]);
        const [request] = app.sent;
        expect(request.action).toBe(1);
        expect(Object.keys(request.body)).toEqual(["session_id", "page_name", "page"]);
        const page = request.body.page;
        expect(Object.keys(page)).toEqual([
            "route",
            "pwa",
            "web",
            "debug",
            "wasm",
            "test",
            "multi_view",
            "pyodide",
            "platform_brightness",
            "width",
            "height",
            "platform",
            "window",
            "media",
        ]);
        expect(page).toMatchObject({ route: "/", web: true, wasm: true, pyodide: false, window: {} });
        expect(["light", "dark"]).toContain(page.platform_brightness);
        expect(["linux", "macos", "windows", "android", "ios", "fuchsia"]).toContain(page.platform);
        expect(Object.keys(page.media)).toEqual([
            "padding",
            "view_padding",
            "view_insets",
            "device_pixel_ratio",
            "orientation",
            "always_use_24_hour_format",
        ]);
        // width, height and the media doubles travel as float64, like Flutter's.
        expect(toHex(app.packets[0])).toContain("a57769647468cb");
        expect(toHex(app.packets[0])).toContain("a3746f70cb0000000000000000");
    });

    it("holds other messages until the RegisterClient response arrives", async () => {
        const { app, session } = await startApp();
        const frames = replay(app, "hello");
        session.update(session.tree.get(1) ?? ({ id: 1, props: {} } as any), { route: "/x" });
        expect(app.take()).toEqual([]);
        frames.next();
        expect(app.take()).toEqual([
            // Queued at boot, as Flet's client queues its first brightness report (flet-protocol.md Appendix A).
            { action: 4, body: { id: 1, props: { platform_brightness: "light" } } },
            { action: 3, body: { target: 1, name: "platform_brightness_change", data: "light" } },
            { action: 4, body: { id: 1, props: { route: "/x" } } },
        ]);
    });
});

describe("transcripts", () => {
    it("renders hello", async () => {
        const { root, app } = await startApp();
        expect(root.textContent).toBe("Loading…");
        for (const _ of replay(app, "hello"));
        const text = byId(root, 9);
        expect(text.tagName).toBe("SPAN");
        expect(text.dataset.fletType).toBe("Text");
        expect(text.textContent).toBe("Hello, world!");
        const view = root.querySelector("[data-flet-type=View]")!;
        const body = view.querySelector(".flet-view-body")!;
        expect(body.tagName).toBe("MAIN");
        expect(body.getAttribute("style")).toContain("padding: 10px");
        expect(warnings()).not.toHaveBeenCalled();
    });

    it("runs counter: named icon buttons send clicks, the text follows the patches", async () => {
        const { root, app } = await startApp();
        const frames = replay(app, "counter");
        frames.next();
        frames.next();
        app.take();
        const count = root.querySelector<HTMLElement>("[data-key=counter]")!;
        expect(count.textContent).toBe("0");
        expect(count.style.fontSize).toBe("40px");
        const add = byId(root, 11) as HTMLButtonElement;
        expect(add.tagName).toBe("BUTTON");
        await vi.waitFor(() => expect(add.getAttribute("aria-label")).toBe("add"));
        expect(byId(root, 10).getAttribute("aria-label")).toBe("remove");
        add.click();
        expect(app.take()).toEqual([{ action: 3, body: { target: 11, name: "click", data: null } }]);
        const seen = [];
        for (const _ of frames) seen.push(count.textContent);
        expect(seen).toEqual(["1", "2", "1"]);
        expect(root.querySelector("[data-key=counter]")).toBe(count);
    });

    it("runs textfield: typing syncs the value before the change event", async () => {
        const { root, app } = await startApp();
        const frames = replay(app, "textfield");
        frames.next();
        frames.next();
        app.take();
        const field = byId(root, 10);
        const input = field.querySelector("input")!;
        const label = field.querySelector("label")!;
        expect(label.textContent).toBe("Name");
        expect(label.htmlFor).toBe(input.id);
        input.value = "abc";
        input.dispatchEvent(new Event("input", { bubbles: true }));
        expect(app.take()).toEqual([
            { action: 4, body: { id: 10, props: { value: "abc" } } },
            { action: 3, body: { target: 10, name: "change", data: "abc" } },
        ]);
        frames.next();
        expect(byId(root, 9).textContent).toBe("Hello, abc!");
        frames.next();
        expect(input.value).toBe("");
        expect(byId(root, 9).textContent).toBe("");
    });

    it("applies list_ops to the DOM, keeping the nodes of surviving controls", async () => {
        const { root, app } = await startApp();
        const frames = replay(app, "list_ops");
        frames.next();
        frames.next();
        const column = byId(root, 14);
        const texts = () => [...column.children].map((c) => c.textContent);
        const item3 = byId(root, 11);
        const seen = [texts()];
        for (const _ of frames) {
            seen.push(texts());
            if (byId(root, 11)) expect(byId(root, 11)).toBe(item3);
        }
        expect(seen).toEqual([
            ["Item 1", "Item 2", "Item 3", "Item 4", "Item 5"],
            ["New first", "Item 1", "Item 2", "Item 3", "Item 4", "Item 5"],
            ["New first", "Item 1", "Item 3", "Item 4", "Item 5"],
            ["Item 5", "Item 4", "Item 3", "Item 1", "New first"],
            ["Item 5", "Item 4", "Item 3", "Item 1", "New first", "Appended"],
            [],
        ]);
        expect(warnings()).not.toHaveBeenCalled();
    });

    it("applies keyed_swap with moves, not re-creation", async () => {
        const { root, app } = await startApp();
        const frames = replay(app, "keyed_swap");
        frames.next();
        frames.next();
        const keys = () =>
            [...root.querySelectorAll<HTMLElement>("[data-flet-type=Container]")].map((c) => c.dataset.key);
        const nodes = new Map([...root.querySelectorAll<HTMLElement>("[data-key]")].map((n) => [n.dataset.key, n]));
        const seen = [keys()];
        for (const _ of frames) seen.push(keys());
        expect(seen.slice(1)).toEqual([
            ["k0", "k4", "k2", "k3", "k1", "k5"],
            ["k0", "k4", "k3", "k1", "k5"],
            ["k5", "k1", "k4", "k0", "k3"],
        ]);
        for (const node of root.querySelectorAll<HTMLElement>("[data-key]"))
            expect(nodes.get(node.dataset.key)).toBe(node);
    });

    it("shows a SessionCrashed message in an alert", async () => {
        const { root, app } = await startApp();
        for (const _ of replay(app, "crash"));
        const alert = root.querySelector("[role=alert]")!;
        expect(alert.textContent).toContain("The application encountered an error: ");
        expect(alert.textContent).toContain("boom");
    });
});

describe("incremental updates", () => {
    it("touches only the Text element when its value is replaced", async () => {
        const { root, app } = await startWith([
            { _c: "Text", _i: 20, value: "a" },
            { _c: "Row", _i: 21, controls: [{ _c: "Text", _i: 22, value: "b" }] },
        ]);
        const span = byId(root, 22);
        const records: MutationRecord[] = [];
        const observer = new MutationObserver((r) => records.push(...r));
        observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
        app.onMessage(patch(22, [[0], [0, 0, "value", "B"]]));
        await Promise.resolve();
        records.push(...observer.takeRecords());
        observer.disconnect();
        expect(span.textContent).toBe("B");
        expect(records.length).toBe(1);
        expect(records[0].target === span || records[0].target.parentNode === span).toBe(true);
    });

    it("shows a control again after a move to another list, with its events coming from its new element", async () => {
        const { root, app, session } = await startWith([
            { _c: "Column", _i: 30, controls: [{ _c: "TextButton", _i: 31, content: "Go", on_click: true }] },
            { _c: "Column", _i: 40, controls: [] },
        ]);
        const before = byId(root, 31);
        app.onMessage(
            patch(1, [
                [
                    0,
                    {
                        views: [
                            1,
                            new Map([
                                [
                                    0,
                                    [
                                        2,
                                        {
                                            controls: [
                                                3,
                                                new Map([
                                                    [0, [4, { controls: [5] }]],
                                                    [1, [6, { controls: [7] }]],
                                                ]),
                                            ],
                                        },
                                    ],
                                ],
                            ]),
                        ],
                    },
                ],
                [3, 5, 0, 7, 0],
            ]),
        );
        const after = byId(root, 31);
        expect(after).not.toBe(before);
        expect(before.isConnected).toBe(false);
        expect(after.parentElement).toBe(byId(root, 40));
        expect(byId(root, 30).children).toHaveLength(0);
        // The control is its own widget: the model's object shows the new element.
        const control = session.tree.get(31)!;
        expect(control.view).toBe(control);
        expect((control.view as { el: HTMLElement }).el).toBe(after);
        before.click();
        expect(app.take()).toEqual([]);
        after.click();
        expect(app.take()).toEqual([{ action: 3, body: { target: 31, name: "click", data: null } }]);
    });

    it("forgets the widget of a removed control, and a click on its old element does nothing", async () => {
        const { root, app, session } = await startWith([
            { _c: "Column", _i: 30, controls: [{ _c: "TextButton", _i: 31, content: "Go", on_click: true }] },
        ]);
        const control = session.tree.get(31)!;
        const element = byId(root, 31);
        app.onMessage(
            patch(1, [
                [0, { views: [1, new Map([[0, [2, { controls: [3, new Map([[0, [4, { controls: [5] }]]])] }]]])] }],
                [2, 5, 0],
            ]),
        );
        expect(element.isConnected).toBe(false);
        expect(control.view).toBeUndefined();
        expect(session.tree.get(31)).toBeUndefined();
        element.click();
        expect(app.take()).toEqual([]);
    });

    it("takes the old items off the screen when a list gets a new array, and all of them when it is removed", async () => {
        const text = (id: number) => ({ _c: "Text", _i: id, value: `t${id}` });
        const { root, app, session } = await startWith([
            { _c: "Row", _i: 30, controls: [text(31), { _c: "Row", _i: 32, controls: [text(33)] }] },
        ]);
        const old = [31, 32, 33].map((id) => session.tree.get(id)!);
        const row = byId(root, 30);
        app.onMessage(patch(30, [[0], [0, 0, "controls", [text(34), text(35)]]]));
        expect(old.map((c) => c.view)).toEqual([undefined, undefined, undefined]);
        expect([...row.children].map((el) => el.textContent)).toEqual(["t34", "t35"]);
        const now = [34, 35].map((id) => session.tree.get(id)!);
        expect(now.map((c) => c.view)).toEqual(now);

        app.onMessage(patch(30, [[0], [2, 0, "controls"]]));
        expect(now.map((c) => c.view)).toEqual([undefined, undefined]);
        expect(row.children).toHaveLength(0);
        app.onMessage(patch(30, [[0], [0, 0, "controls", [text(36)]]]));
        expect([...row.children].map((el) => el.textContent)).toEqual(["t36"]);
        expect(session.tree.get(30)!.view).toBe(session.tree.get(30));
    });

    it("mounts each item of a list once when the list's control is shown", async () => {
        const spans = async (controls: unknown[]) => {
            const create = vi.spyOn(document, "createElement");
            await startWith([{ _c: "Column", _i: 30, controls }]);
            const count = create.mock.calls.filter(([tag]) => tag === "span").length;
            create.mockRestore();
            return count;
        };
        const empty = await spans([]);
        const three = await spans([1, 2, 3].map((i) => ({ _c: "Text", _i: 30 + i, value: `t${i}` })));
        expect(three - empty).toBe(3);
    });

    it("keeps focus in a text field while its row moves", async () => {
        const field = (id: number) => ({ _c: "TextField", _i: id, label: `F${id}` });
        const { root, app } = await startWith([{ _c: "Column", _i: 30, controls: [field(31), field(32), field(33)] }]);
        const input = byId(root, 32).querySelector("input")!;
        input.focus();
        const blur = vi.fn();
        input.addEventListener("blur", blur);
        app.onMessage(
            patch(30, [
                [0, { controls: [1] }],
                [3, 1, 1, 1, 2],
                [3, 1, 0, 1, 2],
            ]),
        );
        const order = [...byId(root, 30).children].map((c) => (c as HTMLElement).dataset.fletId);
        expect(order).toEqual(["33", "32", "31"]);
        expect(document.activeElement).toBe(input);
        expect(blur).not.toHaveBeenCalled();
    });

    it("does not move the caret when the backend echoes the shown value", async () => {
        const { root, app } = await startWith([{ _c: "TextField", _i: 40, value: "" }]);
        const input = byId(root, 40).querySelector("input")!;
        input.focus();
        input.value = "hello";
        input.setSelectionRange(2, 2);
        input.dispatchEvent(new Event("input", { bubbles: true }));
        app.onMessage(patch(40, [[0], [0, 0, "value", "hello"]]));
        expect(input.selectionStart).toBe(2);
        app.onMessage(patch(40, [[0], [0, 0, "value", "bye"]]));
        expect(input.value).toBe("bye");
    });

    it("sends submit on Enter and focus/blur when subscribed", async () => {
        const { root, app } = await startWith([
            { _c: "TextField", _i: 45, on_submit: true, on_focus: true, on_blur: true },
            { _c: "TextField", _i: 46 },
        ]);
        const input = byId(root, 45).querySelector("input")!;
        input.focus();
        input.value = "go";
        input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
        byId(root, 46).querySelector("input")!.focus();
        const events = app.take().filter((m) => m.action === 3);
        expect(events.map((m) => [m.body.name, m.body.data])).toEqual([
            ["focus", null],
            ["submit", "go"],
            ["blur", null],
        ]);
    });

    it("sends click only to subscribed, enabled buttons, and inherits disabled", async () => {
        const { root, app } = await startWith([
            {
                _c: "Column",
                _i: 50,
                disabled: true,
                controls: [{ _c: "Button", _i: 51, content: "Go", on_click: true }],
            },
            { _c: "Button", _i: 52, content: "Quiet" },
        ]);
        const go = byId(root, 51) as HTMLButtonElement;
        expect(go.textContent).toBe("Go");
        expect(go.disabled).toBe(true);
        (byId(root, 52) as HTMLButtonElement).click();
        expect(app.take()).toEqual([]);
        app.onMessage(patch(50, [[0], [0, 0, "disabled", false]]));
        expect(go.disabled).toBe(false);
        go.click();
        expect(app.take()).toEqual([{ action: 3, body: { target: 51, name: "click", data: null } }]);
    });

    it("sizes expanded children of hosts and ignores expand elsewhere", async () => {
        const { root } = await startWith([
            {
                _c: "Row",
                _i: 60,
                _internals: { host_expanded: true },
                controls: [{ _c: "Text", _i: 61, value: "x", expand: 2 }],
            },
            { _c: "Container", _i: 62, content: { _c: "Text", _i: 63, value: "y", expand: true } },
        ]);
        expect(byId(root, 61).style.flex).toBe("2 1 0%");
        expect(byId(root, 63).style.flex).toBe("");
    });
});

describe("robustness", () => {
    it("shows unknown control types as named placeholders next to normal siblings", async () => {
        const { root } = await startWith([
            { _c: "Fancy", _i: 70 },
            { _c: "Text", _i: 71, value: "still here" },
        ]);
        expect(byId(root, 70).textContent).toBe("Unknown control: Fancy");
        expect(byId(root, 71).textContent).toBe("still here");
    });

    it("warns once and carries on after bad packets, unknown ids and bad values", async () => {
        const { root, app } = await startWith([{ _c: "Text", _i: 80, value: "ok" }]);
        expect(() => {
            app.onMessage(new Uint8Array([0, 0xc1]));
            app.onMessage(patch(999, [[0], [0, 0, "value", "x"]]));
            app.onMessage(patch(999, [[0], [0, 0, "value", "x"]]));
            app.onMessage(encodeFrame(42, {}));
            app.onMessage(patch(80, [[0], [0, 0, "size", "huge"]]));
            app.onMessage(patch(80, [[0], [0, 0, "color", "notacolor"]]));
        }).not.toThrow();
        const messages = warnings().mock.calls.map((c) => String(c[0]));
        expect(messages).toHaveLength(5);
        expect(messages[1]).toContain("unknown control id 999");
        expect(messages[3]).toContain("Text(80): size");
        app.onMessage(patch(80, [[0], [0, 0, "value", "fine"]]));
        expect(byId(root, 80).textContent).toBe("fine");
    });
});
