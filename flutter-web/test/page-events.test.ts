import { describe, expect, it, vi } from "vitest";
import { guardConsole } from "./support/console-guard";
import { keyboardEventData, keyLabel } from "../src/keyboard";
import { callbackName, Lifecycle, transitions } from "../src/lifecycle";
import { localeOf, RESIZE_INTERVAL_MS } from "../src/page-events";
import { byId, patch, replay, startApp, startWith } from "./support/app";
import { frames, toHex } from "./support/transcripts";

guardConsole();

const press = (init: KeyboardEventInit) =>
    document.body.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, ...init }));

const events = (sent: { action: number; body: any }[]) =>
    sent.filter((m) => m.action === 3).map((m) => [m.body.name, m.body.data]);

describe("keyboard_event", () => {
    it("is sent only while the page's on_keyboard_event is true", async () => {
        const { app, session } = await startWith([]);
        press({ key: "a", code: "KeyA" });
        expect(app.take()).toEqual([]);

        app.onMessage(patch(1, [[0], [0, 0, "on_keyboard_event", true]]));
        press({ key: "A", code: "KeyA", shiftKey: true });
        press({ key: "Shift", code: "ShiftLeft", shiftKey: true }); // a modifier alone: not reported
        press({ key: "Enter", code: "Enter", ctrlKey: true });
        press({ key: "Enter", code: "Enter", repeat: true }); // Flutter reports KeyDownEvent, not repeats
        expect(app.take()).toEqual([
            {
                action: 3,
                body: {
                    target: 1,
                    name: "keyboard_event",
                    data: { key: "A", shift: true, ctrl: false, alt: false, meta: false },
                },
            },
            {
                action: 3,
                body: {
                    target: 1,
                    name: "keyboard_event",
                    data: { key: "Enter", shift: false, ctrl: true, alt: false, meta: false },
                },
            },
        ]);

        app.onMessage(patch(1, [[0], [0, 0, "on_keyboard_event", false]]));
        press({ key: "b", code: "KeyB" });
        expect(app.take()).toEqual([]);
        session.stop();
    });

    it("matches the page_events transcript frame", async () => {
        const { app, session } = await startApp();
        const packets = replay(app, "page_events");
        packets.next();
        packets.next();
        app.take();
        press({ key: "A", code: "KeyA", shiftKey: true });
        const recorded = frames("page_events").filter((f) => f.dir === "client_to_backend");
        const expected = recorded
            .map((f) => toHex(f.packet))
            .find((hex) => hex.includes(toHex(Buffer.from("keyboard_event"))));
        expect(toHex(app.packets[app.packets.length - 1])).toBe(expected);
        session.stop();
    });

    it("labels keys as Flutter's LogicalKeyboardKey.keyLabel", () => {
        const label = (key: string, code = "", more: Partial<KeyboardEvent> = {}) =>
            keyLabel({ key, code, location: 0, shiftKey: false, ...more });
        expect(label("a", "KeyA")).toBe("A");
        expect(label("A", "KeyA", { shiftKey: true })).toBe("A");
        expect(label("!", "Digit1", { shiftKey: true })).toBe("1");
        expect(label("?", "Slash", { shiftKey: true })).toBe("/");
        expect(label("ф", "KeyA")).toBe("A");
        expect(label("ü", "BracketLeft")).toBe("Ü");
        expect(label(" ", "Space")).toBe(" ");
        expect(label("Enter", "Enter")).toBe("Enter");
        expect(label("Escape", "Escape")).toBe("Escape");
        expect(label("ArrowUp", "ArrowUp")).toBe("Arrow Up");
        expect(label("PageDown", "PageDown")).toBe("Page Down");
        expect(label("F1", "F1")).toBe("F1");
        expect(label("F12", "F12")).toBe("F12");
        expect(label("CapsLock", "CapsLock")).toBe("Caps Lock");
        expect(label("AudioVolumeUp", "AudioVolumeUp")).toBe("Audio Volume Up");
        expect(label("7", "Numpad7", { location: 3 })).toBe("Numpad 7");
        expect(label("Enter", "NumpadEnter", { location: 3 })).toBe("Numpad Enter");
        expect(label("+", "NumpadAdd", { location: 3 })).toBe("Numpad Add");
        for (const modifier of ["Shift", "Control", "Alt", "Meta"]) expect(label(modifier)).toBeNull();
        expect(label("Dead", "BracketLeft")).toBeNull();
        expect(label("Process", "KeyA")).toBeNull();
    });
});

describe("keyboard_event data", () => {
    const data = (init: KeyboardEventInit) => keyboardEventData(new KeyboardEvent("keydown", init));

    it("carries Flet's label and all four modifiers", () => {
        expect(data({ key: "ArrowLeft", code: "ArrowLeft" })).toEqual({
            key: "Arrow Left",
            shift: false,
            ctrl: false,
            alt: false,
            meta: false,
        });
        expect(data({ key: "5", code: "Digit5", altKey: true, metaKey: true })).toEqual({
            key: "5",
            shift: false,
            ctrl: false,
            alt: true,
            meta: true,
        });
        expect(data({ key: "K", code: "KeyK", ctrlKey: true, shiftKey: true })).toEqual({
            key: "K",
            shift: true,
            ctrl: true,
            alt: false,
            meta: false,
        });
    });

    it("skips modifier presses, auto-repeats and IME composition", () => {
        expect(data({ key: "Shift", code: "ShiftLeft", shiftKey: true })).toBeNull();
        expect(data({ key: "Meta", code: "MetaLeft", metaKey: true })).toBeNull();
        expect(data({ key: "a", code: "KeyA", repeat: true })).toBeNull();
        expect(data({ key: "a", code: "KeyA", isComposing: true })).toBeNull();
    });
});

describe("app_lifecycle_state_change", () => {
    it("walks the states between two as Flutter's ServicesBinding does", () => {
        expect(transitions("resumed", "hidden")).toEqual(["inactive", "hidden"]);
        expect(transitions("hidden", "resumed")).toEqual(["inactive", "resumed"]);
        expect(transitions("paused", "resumed")).toEqual(["hidden", "inactive", "resumed"]);
        expect(transitions("resumed", "detached")).toEqual(["inactive", "hidden", "paused", "detached"]);
        expect(callbackName("hidden", "inactive")).toBe("show");
        expect(callbackName("paused", "hidden")).toBe("restart");
    });

    it("names the AppLifecycleListener callbacks Flet reports", () => {
        const lifecycle = new Lifecycle("resumed");
        expect(lifecycle.moveTo("inactive")).toEqual(["inactive"]);
        expect(lifecycle.moveTo("hidden")).toEqual(["hide"]);
        expect(lifecycle.moveTo("resumed")).toEqual(["show", "resume"]);
        expect(lifecycle.moveTo("hidden")).toEqual(["inactive", "hide"]);
        expect(lifecycle.moveTo("paused")).toEqual(["pause"]);
        expect(lifecycle.moveTo("resumed")).toEqual(["restart", "show", "resume"]);
        expect(lifecycle.moveTo("resumed")).toEqual([]);
    });

    it("reports window blur/focus, tab visibility and pagehide/pageshow without a subscription", async () => {
        const { app, session } = await startWith([]);
        let visibility = "visible";
        const spy = vi.spyOn(document, "visibilityState", "get").mockImplementation(() => visibility as any);
        const lifecycle = () => events(app.take()).map(([, data]) => data.state);
        try {
            window.dispatchEvent(new Event("blur"));
            visibility = "hidden";
            document.dispatchEvent(new Event("visibilitychange"));
            expect(lifecycle()).toEqual(["inactive", "hide"]);
            visibility = "visible";
            document.dispatchEvent(new Event("visibilitychange"));
            window.dispatchEvent(new Event("focus"));
            expect(lifecycle()).toEqual(["show", "resume"]);
            window.dispatchEvent(new Event("blur"));
            window.dispatchEvent(new Event("focus"));
            expect(lifecycle()).toEqual(["inactive", "resume"]);
            visibility = "hidden";
            document.dispatchEvent(new Event("visibilitychange"));
            window.dispatchEvent(new Event("pagehide"));
            visibility = "visible";
            window.dispatchEvent(new Event("pageshow"));
            expect(lifecycle()).toEqual(["inactive", "hide", "pause", "restart", "show", "resume"]);
            // A blur of an element inside the page is not the window's.
            byId(document.body, 1).dispatchEvent(new Event("blur", { bubbles: true }));
            expect(lifecycle()).toEqual([]);
        } finally {
            spy.mockRestore();
            session.stop();
        }
    });
});

describe("locale_change", () => {
    it("parses language tags as Flet locales", () => {
        expect(localeOf("en-US")).toEqual({ language_code: "en", country_code: "US", script_code: null });
        expect(localeOf("zh-Hant-TW")).toEqual({ language_code: "zh", country_code: "TW", script_code: "Hant" });
        expect(localeOf("es-419")).toEqual({ language_code: "es", country_code: "419", script_code: null });
        expect(localeOf("de")).toEqual({ language_code: "de", country_code: null, script_code: null });
    });

    it("is sent on languagechange while the page subscribes", async () => {
        const { app, session } = await startWith([]);
        const spy = vi.spyOn(navigator, "languages", "get").mockReturnValue(["fr-CA", "en"]);
        try {
            window.dispatchEvent(new Event("languagechange"));
            expect(app.take()).toEqual([]);
            app.onMessage(patch(1, [[0], [0, 0, "on_locale_change", true]]));
            window.dispatchEvent(new Event("languagechange"));
            expect(events(app.take())).toEqual([
                [
                    "locale_change",
                    {
                        locales: [
                            { language_code: "fr", country_code: "CA", script_code: null },
                            { language_code: "en", country_code: null, script_code: null },
                        ],
                    },
                ],
            ]);
        } finally {
            spy.mockRestore();
            session.stop();
        }
    });
});

describe("resize and media_change", () => {
    const resizeTo = (width: number, height: number) => {
        (window as any).innerWidth = width;
        (window as any).innerHeight = height;
        window.dispatchEvent(new Event("resize"));
    };
    const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    it("reports a burst of resizes at most once per interval, ending with the final size", async () => {
        resizeTo(1024, 768);
        const { app, session } = await startWith([]);
        try {
            app.take();
            const started = Date.now();
            for (let i = 1; i <= 10; i++) resizeTo(1000 - i * 10, 700);
            await wait(RESIZE_INTERVAL_MS + 50);
            for (let i = 1; i <= 10; i++) resizeTo(800 - i * 10, 600);
            await wait(RESIZE_INTERVAL_MS * 2 + 50);
            const elapsed = Date.now() - started;
            const sent = app.take();
            const resizes = events(sent).filter(([name]) => name === "resize");
            expect(resizes.length).toBeGreaterThanOrEqual(2);
            expect(resizes.length).toBeLessThanOrEqual(Math.ceil(elapsed / RESIZE_INTERVAL_MS) + 1);
            expect(resizes[resizes.length - 1][1]).toEqual({ width: 700, height: 600 });
            // Each resize follows the UpdateControl of the page's width and height.
            const last = sent.map((m) => m.action === 3 && m.body.name === "resize").lastIndexOf(true);
            expect(sent[last - 1]).toEqual({ action: 4, body: { id: 1, props: { width: 700, height: 600 } } });
            expect(session.page!.props.width).toBe(700);
        } finally {
            session.stop();
        }
    });

    it("reports media_change when the orientation flips, before the resize, and not otherwise", async () => {
        resizeTo(1024, 768);
        const { app, session } = await startWith([]);
        try {
            app.take();
            resizeTo(1000, 700);
            await wait(RESIZE_INTERVAL_MS + 20);
            expect(events(app.take()).map(([name]) => name)).toEqual(["resize"]);
            resizeTo(600, 900);
            await wait(RESIZE_INTERVAL_MS + 20);
            const sent = app.take();
            expect(sent.map((m) => (m.action === 3 ? m.body.name : Object.keys(m.body.props).join()))).toEqual([
                "media",
                "media_change",
                "width,height",
                "resize",
            ]);
            const media = events(sent)[0][1];
            expect(media.orientation).toBe("portrait");
            expect(media.padding).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
            expect(session.page!.props.media).toEqual(media);
        } finally {
            session.stop();
        }
    });
});
