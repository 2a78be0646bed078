import { describe, expect, it } from "vitest";
import { guardConsole } from "./support/console-guard";
import { byId, patch, startWith } from "./support/app";

const warnings = guardConsole();

const key = (el: Element, k: string) =>
    el.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));
const event = (target: number, name: string, data: unknown = null) => ({ action: 3, body: { target, name, data } });
const update = (id: number, props: Record<string, unknown>) => ({ action: 4, body: { id, props } });

// Flet icon codes (flet-protocol.md §2.7): Icons.ADD and Icons.FAVORITE.
const ADD = 65604;
const FAVORITE = 68258;

const rail = (props: Record<string, unknown> = {}) => ({
    _c: "NavigationRail",
    _i: 30,
    on_change: true,
    destinations: [
        { _c: "NavigationRailDestination", _i: 31, icon: ADD, label: "Inbox" },
        { _c: "NavigationRailDestination", _i: 32, icon: FAVORITE, selected_icon: ADD, label: "Starred" },
        { _c: "NavigationRailDestination", _i: 33, icon: ADD, label: "Trash", disabled: true },
        { _c: "NavigationRailDestination", _i: 34, icon: ADD, label: "Sent" },
    ],
    ...props,
});

describe("NavigationRail", () => {
    it("is a navigation landmark of named buttons, none current without selected_index", async () => {
        const { root } = await startWith([rail()]);
        const nav = byId(root, 30);
        expect(nav.tagName).toBe("NAV");
        expect(nav.getAttribute("aria-label")).toBe("Navigation");
        const dests = [31, 32, 33, 34].map((id) => byId(root, id));
        expect(dests.map((d) => [d.tagName, d.querySelector(".flet-nav-label")!.textContent])).toEqual([
            ["BUTTON", "Inbox"],
            ["BUTTON", "Starred"],
            ["BUTTON", "Trash"],
            ["BUTTON", "Sent"],
        ]);
        expect(dests.some((d) => d.hasAttribute("aria-current"))).toBe(false);
        expect((dests[2] as HTMLButtonElement).disabled).toBe(true);
        expect(warnings()).not.toHaveBeenCalled();
    });

    it("picks by click and by keyboard, syncing selected_index before change", async () => {
        const { root, app } = await startWith([rail({ selected_index: 0 })]);
        expect(byId(root, 31).getAttribute("aria-current")).toBe("page");

        byId(root, 32).click();
        expect(byId(root, 32).getAttribute("aria-current")).toBe("page");
        expect(byId(root, 31).hasAttribute("aria-current")).toBe(false);

        byId(root, 32).focus();
        key(byId(root, 32), "ArrowDown"); // skips the disabled Trash
        expect(document.activeElement).toBe(byId(root, 34));
        byId(root, 34).click(); // Enter and Space press a focused <button> as a click
        key(byId(root, 34), "ArrowDown"); // wraps to the first
        expect(document.activeElement).toBe(byId(root, 31));
        key(byId(root, 31), "End");
        expect(document.activeElement).toBe(byId(root, 34));

        expect(app.take()).toEqual([
            update(30, { selected_index: 1 }),
            event(30, "change", 1),
            update(30, { selected_index: 3 }),
            event(30, "change", 3),
        ]);
    });

    it("follows selected_index from the app, and shows selected_icon on the selected destination", async () => {
        const { root, app } = await startWith([rail()]);
        const icon = () => byId(root, 32).querySelector(".flet-nav-icon")!.innerHTML;
        const unselected = icon();
        app.onMessage(patch(30, [[0], [0, 0, "selected_index", 1]]));
        expect(byId(root, 32).getAttribute("aria-current")).toBe("page");
        expect(icon()).not.toBe(unselected);
        expect(app.take()).toEqual([]);
    });

    it("takes extended, label_type, widths, leading and trailing", async () => {
        const { root, app } = await startWith([
            rail({
                label_type: "all",
                min_width: 72,
                min_extended_width: 200,
                leading: { _c: "FloatingActionButton", _i: 40, icon: ADD, tooltip: "Compose" },
                trailing: { _c: "Text", _i: 41, value: "v1" },
            }),
        ]);
        const nav = byId(root, 30);
        expect(nav.dataset.labels).toBe("all");
        expect(nav.style.getPropertyValue("--flet-rail-width")).toBe("72px");
        expect(nav.style.getPropertyValue("--flet-rail-extended-width")).toBe("200px");
        expect(nav.firstElementChild!.contains(byId(root, 40))).toBe(true);
        expect(nav.lastElementChild!.contains(byId(root, 41))).toBe(true);
        app.onMessage(patch(30, [[0], [0, 0, "extended", true]]));
        expect(nav.classList.contains("flet-navrail-extended")).toBe(true);
    });
});
