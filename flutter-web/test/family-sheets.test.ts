// Each lazily loaded control family's styles are a stylesheet of their own (styles/lazy/<family>.css): requested
// together with the family's chunk, and its widgets register only when both are in, so they never show
// unstyled. Each test uses a family of its own: loaded families stay loaded for the file.
import { afterEach, describe, expect, it, vi } from "vitest";
import { Session } from "../src/session";
import { loadFamilies, missingFamilies } from "../src/widgets/lazy";
import { REGISTRY } from "../src/widgets/registry";
import { byId, FakeApp, patch, replay } from "./support/app";
import { guardConsole } from "./support/console-guard";
import { captureHead, restoreHead, settle, useSheets } from "./support/sheets";

// The tabs chunk arrives when a test opens this gate, so a test can have the stylesheet in first.
const tabsGate = vi.hoisted(() => {
    let open: () => void = () => {};
    const opened = new Promise<void>((resolve) => (open = resolve));
    return { opened, open: () => open() };
});
vi.mock("../src/widgets/tabs", async (original) => {
    await tabsGate.opened;
    return original();
});

const warnings = guardConsole();
const urls = useSheets("inputs", "tabs", "nav", "gesture", "dialogs", "textfield");

afterEach(restoreHead);

/** A session on the hello app without any family loaded (test/support/app.ts startApp loads them all). */
async function startBare() {
    document.body.innerHTML = '<div id="app">Loading…</div>';
    const root = document.getElementById("app")!;
    const app = new FakeApp();
    const session = new Session({ root, wasm: false, appId: "test-app" }, window, app);
    await session.connect();
    for (const _ of replay(app, "hello"));
    return { root, app, session };
}

describe("family stylesheets", () => {
    it("requests a family's stylesheet with its chunk and registers the widgets only once both are in", async () => {
        const links = captureHead();
        const done = loadFamilies(missingFamilies({ _c: "Switch", _i: 5 }));
        // Requested at once, not after the chunk: both downloads run together.
        expect(links).toHaveLength(1);
        expect([links[0].tagName, links[0].rel, links[0].href]).toEqual(["LINK", "stylesheet", urls.inputs]);

        await import("../src/widgets/inputs");
        await settle();
        expect(REGISTRY.Switch).toBeUndefined();

        links[0].dispatchEvent(new Event("load"));
        await done;
        expect(REGISTRY.Switch).toBeDefined();
        expect(missingFamilies({ _c: "Checkbox" }).size).toBe(0);
        expect(warnings()).not.toHaveBeenCalled();
    });

    it("waits for the chunk too when the stylesheet is in first", async () => {
        const links = captureHead();
        let registered = false;
        const done = loadFamilies(missingFamilies({ _c: "Tabs" })).then(() => (registered = true));
        links[0].dispatchEvent(new Event("load"));
        await settle();
        expect([registered, REGISTRY.Tabs]).toEqual([false, undefined]);

        tabsGate.open();
        await done;
        expect(REGISTRY.Tabs).toBeDefined();
    });

    it("warns once when a stylesheet fails, still registers the family's widgets and does not ask again", async () => {
        const links = captureHead();
        const done = loadFamilies(missingFamilies([{ _c: "NavigationBar" }, { _c: "NavigationRail" }]));
        expect(links).toHaveLength(1);
        links[0].dispatchEvent(new Event("error"));
        await done;

        expect(REGISTRY.NavigationBar).toBeDefined();
        expect(warnings()).toHaveBeenCalledTimes(1);
        expect(String(warnings().mock.calls[0][0])).toContain(`a stylesheet could not be loaded (${urls.nav})`);
        await loadFamilies(missingFamilies({ _c: "NavigationRailDestination" }));
        expect(links).toHaveLength(1);
    });

    it("loads a family from its chunk alone when the build has no stylesheet for it", async () => {
        const links = captureHead();
        await loadFamilies(missingFamilies({ _c: "Canvas" }));
        expect(REGISTRY.Canvas).toBeDefined();
        expect(links).toHaveLength(0);
    });

    it("holds the message that names the family, and the messages after it, until its stylesheet is in", async () => {
        const { root, app, session } = await startBare();
        const links = captureHead();
        const gesture = { _c: "GestureDetector", _i: 40, content: { _c: "Text", _i: 41, value: "Tap me" } };
        app.onMessage(
            patch(1, [
                [0, { views: [1, new Map([[0, [2]]])] }],
                [0, 2, "controls", [gesture]],
            ]),
        );
        app.onMessage(patch(1, [[0], [0, 0, "title", "After the gesture"]]));

        await import("../src/widgets/gesture");
        await settle();
        expect(byId(root, 40)).toBeNull();
        expect(document.title).not.toBe("After the gesture");
        expect(links.map((l) => l.href)).toEqual([urls.gesture]);

        links[0].dispatchEvent(new Event("load"));
        await vi.waitFor(() => expect(document.title).toBe("After the gesture"));
        expect(byId(root, 40).classList.contains("flet-gesture")).toBe(true);
        expect(byId(root, 40).textContent).toBe("Tap me");
        session.stop();
    });

    it("holds a dialog and a snack bar shown with the page's dialogs until their family is in, then opens them", async () => {
        const { root, app, session } = await startBare();
        app.take();
        const links = captureHead();
        const dialog = {
            _c: "AlertDialog",
            _i: 60,
            open: true,
            title: "Delete?",
            actions: [{ _c: "TextButton", _i: 61, content: "Cancel" }],
        };
        const snack = {
            _c: "SnackBar",
            _i: 62,
            open: true,
            duration: 50,
            content: { _c: "Text", _i: 63, value: "Saved" },
        };
        // page._dialogs of the hello app is control 5.
        app.onMessage(patch(5, [[0], [0, 0, "controls", [dialog, snack]]]));
        app.onMessage(patch(1, [[0], [0, 0, "title", "After the dialogs"]]));

        await import("../src/widgets/dialogs");
        await settle();
        expect([byId(root, 60), byId(root, 62)]).toEqual([null, null]);
        expect(document.title).not.toBe("After the dialogs");
        expect(links.map((l) => l.href)).toEqual([urls.dialogs]);

        links[0].dispatchEvent(new Event("load"));
        await vi.waitFor(() => expect(document.title).toBe("After the dialogs"));
        await settle();
        const shown = byId(root, 60) as HTMLDialogElement;
        expect([shown.tagName, shown.open, shown.querySelector("h2")!.textContent]).toEqual([
            "DIALOG",
            true,
            "Delete?",
        ]);
        expect(shown.querySelector("button")!.textContent).toBe("Cancel");
        const bar = byId(root, 62);
        expect([bar.getAttribute("role"), bar.classList.contains("flet-shut"), bar.textContent]).toEqual([
            "status",
            false,
            "Saved",
        ]);
        // The snack bar goes after its duration and reports it as Flet's client does.
        await vi.waitFor(() => expect(bar.classList.contains("flet-shut")).toBe(true));
        expect(app.take()).toEqual([
            { action: 4, body: { id: 62, props: { _dismissed: true } } },
            { action: 4, body: { id: 62, props: { open: false } } },
        ]);
        session.stop();
    });

    it("holds a text field until its family is in; it then writes what is typed back", async () => {
        const { root, app, session } = await startBare();
        const links = captureHead();
        const field = { _c: "TextField", _i: 70, label: "Name", value: "" };
        app.onMessage(
            patch(1, [
                [0, { views: [1, new Map([[0, [2]]])] }],
                [0, 2, "controls", [field]],
            ]),
        );

        await import("../src/widgets/textfield");
        await settle();
        expect(byId(root, 70)).toBeNull();
        expect(links.map((l) => l.href)).toEqual([urls.textfield]);

        links[0].dispatchEvent(new Event("load"));
        await vi.waitFor(() => expect(byId(root, 70)).not.toBeNull());
        expect(byId(root, 70).querySelector("label")!.textContent).toBe("Name");
        const input = byId(root, 70).querySelector("input")!;
        input.value = "Ada";
        input.dispatchEvent(new Event("input", { bubbles: true }));
        expect(app.take()).toContainEqual({ action: 4, body: { id: 70, props: { value: "Ada" } } });
        session.stop();
    });
});
