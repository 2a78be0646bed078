import { describe, expect, it } from "vitest";
import { guardConsole } from "./support/console-guard";
import { BOOT_PACKETS, byId, patch, startApp, startWith } from "./support/app";
import { frames, toHex } from "./support/transcripts";

const warnings = guardConsole();

const back = (root: HTMLElement) => root.querySelector<HTMLButtonElement>("button[aria-label=Back]");
const shownViews = (root: HTMLElement) =>
    [...root.querySelectorAll<HTMLElement>("[data-flet-type=View]")]
        .filter((v) => !v.classList.contains("flet-covered"))
        .map((v) => v.dataset.route);

describe("views and AppBar", () => {
    it("runs routing: the back arrow pops the top view and sends view_pop as Flutter's client does", async () => {
        history.replaceState(null, "", "/");
        const { root, app } = await startApp();
        const recorded = frames("routing").slice(1);
        const expected = recorded.filter((f) => f.dir === "client_to_backend").map((f) => toHex(f.packet));
        const backend = recorded.filter((f) => f.dir === "backend_to_client").map((f) => f.packet);
        const sent = () => app.packets.slice(BOOT_PACKETS).map(toHex);

        app.onMessage(backend[0]);
        app.onMessage(backend[1]); // one view "/" with AppBar "Flet app"
        const bar = byId(root, 10);
        expect(bar.tagName).toBe("HEADER");
        expect(bar.querySelector("h1")!.textContent).toBe("Flet app");
        expect(back(root)).toBeNull();

        byId(root, 11).click(); // "Visit Store"
        app.onMessage(backend[2]); // push_route "/store"
        expect(sent()).toEqual(expected.slice(0, 4));
        app.onMessage(backend[3]); // views "/" and "/store"
        expect(shownViews(root)).toEqual(["/store"]);
        const arrow = back(root)!;
        expect(byId(root, 18).contains(arrow)).toBe(true);

        arrow.click();
        expect(sent()).toEqual(expected.slice(0, 5));
        // The popped view goes at once; the app's answer removes it.
        expect(shownViews(root)).toEqual(["/"]);
        arrow.click();
        expect(sent()).toEqual(expected.slice(0, 5));

        app.onMessage(backend[4]); // push_route "/"
        expect(sent()).toEqual(expected);
        app.onMessage(backend[5]); // views: "/" only
        expect(shownViews(root)).toEqual(["/"]);
        expect(back(root)).toBeNull();
        expect(warnings()).not.toHaveBeenCalled();
    });

    it("puts View.appbar above the padded body and honours automatically_imply_leading", async () => {
        const { root, app } = await startWith([{ _c: "Text", _i: 30, value: "home" }]);
        const view = (id: number, route: string, appbar: Record<string, unknown>) => ({
            _c: "View",
            _i: id,
            route,
            appbar,
            controls: [{ _c: "Text", _i: id + 1, value: route }],
        });
        app.onMessage(
            patch(1, [
                [0, { views: [1] }],
                [1, 1, 1, view(40, "/a", { _c: "AppBar", _i: 42, title: "A", center_title: true })],
                [
                    1,
                    1,
                    2,
                    view(50, "/b", {
                        _c: "AppBar",
                        _i: 52,
                        title: { _c: "Text", _i: 53, value: "B" },
                        automatically_imply_leading: false,
                        actions: [{ _c: "IconButton", _i: 54, icon: 0xe318, tooltip: "Search" }],
                    }),
                ],
            ]),
        );
        const b = byId(root, 50);
        expect(b.firstElementChild).toBe(byId(root, 52));
        expect(byId(root, 52).querySelector("h1")!.textContent).toBe("B");
        expect(byId(root, 52).querySelector("[aria-label=Search]")).not.toBeNull();
        expect(back(b)).toBeNull();
        expect(shownViews(root)).toEqual(["/b"]);
        // "/a" has the first view under it, so its app bar implies the arrow.
        expect(back(byId(root, 42))).not.toBeNull();

        app.onMessage(patch(52, [[0], [0, 0, "automatically_imply_leading", true]]));
        back(b)!.click();
        expect(app.take()).toEqual([{ action: 3, body: { target: 1, name: "view_pop", data: { route: "/b" } } }]);
        expect(shownViews(root)).toEqual(["/a"]);
    });
});

describe("small controls", () => {
    it("TextButton shows its icon and label and sends click", async () => {
        const { root, app } = await startWith([
            { _c: "TextButton", _i: 30, content: "Save", icon: 0xe550, on_click: true },
        ]);
        const button = byId(root, 30);
        expect(button.tagName).toBe("BUTTON");
        expect(button.textContent).toContain("Save");
        expect(button.querySelector(".flet-icon")!.getAttribute("aria-hidden")).toBe("true");
        button.click();
        expect(app.take()).toEqual([{ action: 3, body: { target: 30, name: "click", data: null } }]);
    });

    it("Text with on_tap is a focusable button sending tap on click, Enter and Space; without it clicks go on", async () => {
        const { root, app } = await startWith([
            { _c: "Text", _i: 30, value: "tap me", on_tap: true },
            {
                _c: "Container",
                _i: 31,
                on_click: true,
                content: { _c: "Text", _i: 32, value: "plain" },
            },
        ]);
        const text = byId(root, 30);
        expect([text.getAttribute("role"), text.tabIndex]).toEqual(["button", 0]);
        text.click();
        text.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
        text.dispatchEvent(new KeyboardEvent("keydown", { key: " ", bubbles: true }));
        text.dispatchEvent(new KeyboardEvent("keydown", { key: "a", bubbles: true }));
        const tap = { action: 3, body: { target: 30, name: "tap", data: null } };
        expect(app.take()).toEqual([tap, tap, tap]);

        byId(root, 32).click();
        expect(byId(root, 32).hasAttribute("role")).toBe(false);
        expect(app.take()).toEqual([{ action: 3, body: { target: 31, name: "click", data: null } }]);

        app.onMessage(patch(30, [[0], [0, 0, "on_tap", null]]));
        text.click();
        expect(app.take()).toEqual([]);
        expect(text.hasAttribute("role")).toBe(false);
    });

    it("Icon is an image named by semantics_label, hidden from assistive technology without one", async () => {
        const { root } = await startWith([
            { _c: "Icon", _i: 30, icon: 0xe318, semantics_label: "Favourite", color: "red", size: 30 },
            { _c: "Icon", _i: 31, icon: 0xe318 },
        ]);
        const named = byId(root, 30);
        expect([named.getAttribute("role"), named.getAttribute("aria-label")]).toEqual(["img", "Favourite"]);
        expect(named.style.fontSize).toBe("30px");
        expect(byId(root, 31).getAttribute("aria-hidden")).toBe("true");
        expect(byId(root, 31).getAttribute("role")).toBeNull();
    });

    it("ProgressBar and ProgressRing report their value as progressbars", async () => {
        const { root, app } = await startWith([
            { _c: "ProgressBar", _i: 30, value: 0.42, bar_height: 8, color: "red" },
            { _c: "ProgressRing", _i: 31 },
        ]);
        const bar = byId(root, 30);
        expect(bar.getAttribute("role")).toBe("progressbar");
        expect(bar.getAttribute("aria-valuenow")).toBe("42");
        expect(bar.style.height).toBe("8px");
        expect((bar.firstElementChild as HTMLElement).style.width).toBe("42%");
        const ring = byId(root, 31);
        expect(ring.getAttribute("role")).toBe("progressbar");
        expect(ring.hasAttribute("aria-valuenow")).toBe(false);
        expect(ring.classList.contains("flet-indeterminate")).toBe(true);

        app.onMessage(patch(30, [[0], [0, 0, "value", null]]));
        expect(bar.hasAttribute("aria-valuenow")).toBe(false);
        app.onMessage(patch(31, [[0], [0, 0, "value", 1]]));
        expect(ring.getAttribute("aria-valuenow")).toBe("100");
        expect(ring.classList.contains("flet-indeterminate")).toBe(false);
    });
});
