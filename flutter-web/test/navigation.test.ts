import { describe, expect, it } from "vitest";
import { encodeFrame } from "../src/protocol/frames";
import { guardConsole } from "./support/console-guard";
import { byId, patch, startWith } from "./support/app";

const warnings = guardConsole();

const shownViews = (root: HTMLElement) =>
    [...root.querySelectorAll<HTMLElement>("[data-flet-type=View]")]
        .filter((v) => !v.classList.contains("flet-covered"))
        .map((v) => v.dataset.route);
const back = (root: HTMLElement, bar: number) =>
    byId(root, bar).querySelector<HTMLButtonElement>("button[aria-label=Back]")!;
const view = (id: number, route: string, extra: Record<string, unknown> = {}) => ({
    _c: "View",
    _i: id,
    route,
    appbar: { _c: "AppBar", _i: id + 2, title: route },
    controls: [{ _c: "Text", _i: id + 1, value: route }],
    ...extra,
});
let calls = 0;
const invoke = (controlId: number, name: string, args: Record<string, unknown>) =>
    encodeFrame(5, { control_id: controlId, call_id: `c${++calls}`, name, args });
const answerOf = (m: { action: number; body: any }) => m.action === 5;

/** The browser's back or forward button, landing on `path`. */
function historyMovesTo(path: string) {
    history.replaceState(null, "", path);
    window.dispatchEvent(new PopStateEvent("popstate"));
}

/** Views "/", "/a" and "/b" (on top, with `topExtra`), the browser at /b as after the app pushed it. */
async function stackOfThree(topExtra: Record<string, unknown> = {}) {
    history.replaceState(null, "", "/");
    const started = await startWith([{ _c: "Text", _i: 30, value: "home" }]);
    const { app } = started;
    app.onMessage(
        patch(1, [
            [0, { views: [1] }],
            [1, 1, 1, view(40, "/a")],
            [1, 1, 2, view(50, "/b", topExtra)],
        ]),
    );
    app.onMessage(invoke(1, "push_route", { route: "/a" }));
    app.onMessage(invoke(1, "push_route", { route: "/b" }));
    app.take();
    return started;
}

describe("browser history and the view stack", () => {
    it("back to the route under the top view pops it: UpdateControl, view_pop, then route_change", async () => {
        const { root, app } = await stackOfThree();
        expect(shownViews(root)).toEqual(["/b"]);

        historyMovesTo("/a");

        expect(app.take()).toEqual([
            { action: 4, body: { id: 1, props: { route: "/a" } } },
            { action: 3, body: { target: 1, name: "view_pop", data: { route: "/b" } } },
            { action: 3, body: { target: 1, name: "route_change", data: { route: "/a" } } },
        ]);
        expect(shownViews(root)).toEqual(["/a"]);

        // The app answers as Flet's view_pop handler does: it pushes the new top view's route, which the address
        // bar already shows, so the entry is replaced and forward still leads to /b.
        const entries = history.length;
        app.onMessage(invoke(1, "push_route", { route: "/a" }));
        expect(app.take().filter((m) => !answerOf(m))).toEqual([]);
        expect(history.length).toBe(entries);
        expect(location.pathname).toBe("/a");
        expect(warnings()).not.toHaveBeenCalled();
    });

    it("back to any other route is a plain route change, left to the app", async () => {
        const { root, app } = await stackOfThree();

        historyMovesTo("/");

        expect(app.take()).toEqual([
            { action: 4, body: { id: 1, props: { route: "/" } } },
            { action: 3, body: { target: 1, name: "route_change", data: { route: "/" } } },
        ]);
        expect(shownViews(root)).toEqual(["/b"]);
    });

    it("push_route to a new route adds a history entry", async () => {
        const { app } = await stackOfThree();
        const entries = history.length;

        app.onMessage(invoke(1, "push_route", { route: "/c?x=1" }));

        expect(history.length).toBe(entries + 1);
        expect(location.pathname + location.search).toBe("/c?x=1");
        expect(app.take().filter((m) => !answerOf(m))).toEqual([
            { action: 4, body: { id: 1, props: { route: "/c?x=1" } } },
            { action: 3, body: { target: 1, name: "route_change", data: { route: "/c?x=1" } } },
        ]);
    });
});

describe("can_pop and confirm_pop", () => {
    const confirmPop = { action: 3, body: { target: 50, name: "confirm_pop", data: null } };
    const viewPop = { action: 3, body: { target: 1, name: "view_pop", data: { route: "/b" } } };

    it("the back arrow of a view that cannot pop asks the app; confirm_pop false keeps it, true pops it", async () => {
        const { root, app } = await stackOfThree({ can_pop: false, on_confirm_pop: true });
        const arrow = back(root, 52);
        expect(arrow).not.toBeNull();

        arrow.click();
        expect(app.take()).toEqual([confirmPop]);
        expect(shownViews(root)).toEqual(["/b"]);

        app.onMessage(invoke(50, "confirm_pop", { should_pop: false }));
        expect(app.take().filter((m) => !answerOf(m))).toEqual([]);
        expect(shownViews(root)).toEqual(["/b"]);

        arrow.click();
        expect(app.take()).toEqual([confirmPop]);
        app.onMessage(invoke(50, "confirm_pop", { should_pop: true }));
        const sent = app.take();
        expect(sent.filter((m) => !answerOf(m))).toEqual([viewPop]);
        expect(sent.filter(answerOf)).toEqual([
            { action: 5, body: { control_id: 50, call_id: `c${calls}`, result: null, error: null } },
        ]);
        expect(shownViews(root)).toEqual(["/a"]);

        // An answer nobody waits for changes nothing.
        app.onMessage(invoke(50, "confirm_pop", { should_pop: true }));
        expect(app.take().filter((m) => !answerOf(m))).toEqual([]);
        expect(warnings()).not.toHaveBeenCalled();
    });

    it("the browser's back button on a view that cannot pop asks the app and puts its route back", async () => {
        const { root, app } = await stackOfThree({ can_pop: false, on_confirm_pop: true });

        historyMovesTo("/a");

        expect(app.take()).toEqual([confirmPop]);
        expect(location.pathname).toBe("/b");
        expect(shownViews(root)).toEqual(["/b"]);

        app.onMessage(invoke(50, "confirm_pop", { should_pop: true }));
        expect(app.take().filter((m) => !answerOf(m))).toEqual([viewPop]);
        expect(shownViews(root)).toEqual(["/a"]);
    });

    it("without on_confirm_pop a view that cannot pop just stays", async () => {
        const { root, app } = await stackOfThree({ can_pop: false });

        back(root, 52).click();
        historyMovesTo("/a");

        expect(app.take()).toEqual([]);
        expect(shownViews(root)).toEqual(["/b"]);
        expect(location.pathname).toBe("/b");
    });

    it("on_confirm_pop alone also makes the view ask", async () => {
        const { root, app } = await stackOfThree({ on_confirm_pop: true });

        back(root, 52).click();

        expect(app.take()).toEqual([confirmPop]);
        expect(shownViews(root)).toEqual(["/b"]);
    });
});
