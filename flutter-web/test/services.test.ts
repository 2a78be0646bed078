import { afterEach, describe, expect, it, vi } from "vitest";
import { guardConsole } from "./support/console-guard";
import { encodeFrame } from "../src/protocol/frames";
import { browserName } from "../src/services/device-info";
import { PREFIX } from "../src/services/preferences";
import { safeUrl } from "../src/services/url-launcher";
import { type FakeApp, startWith } from "./support/app";

guardConsole();

const SERVICES = [
    { _c: "Clipboard", _i: 91 },
    { _c: "SharedPreferences", _i: 92 },
    { _c: "UrlLauncher", _i: 93 },
    { _c: "BrowserContextMenu", _i: 94 },
];

const start = () => startWith([], { _services: { _c: "ServiceRegistry", _i: 90, _services: SERVICES } });

let nextCall = 0;

/** Sends InvokeControlMethod and waits for the renderer's answer {result, error}. */
async function call(app: FakeApp, controlId: number, name: string, args?: Record<string, unknown>) {
    const callId = `call${++nextCall}`;
    app.onMessage(encodeFrame(5, { control_id: controlId, call_id: callId, name, args }));
    const answer = await vi.waitFor(() => {
        const found = app.sent.find((m) => m.action === 5 && m.body.call_id === callId);
        if (!found) throw new Error("no answer yet");
        return found.body;
    });
    expect(answer.control_id).toBe(controlId);
    return { result: answer.result, error: answer.error };
}

afterEach(() => {
    localStorage.clear();
    vi.restoreAllMocks();
});

describe("SharedPreferences", () => {
    it("stores each Flet value type JSON-encoded under flutter. and reads it back", async () => {
        const { app, session } = await start();
        const values: [string, unknown][] = [
            ["s", "text"],
            ["i", 42],
            ["d", 2.5],
            ["b", false],
            ["l", ["a", "b"]],
        ];
        for (const [key, value] of values) {
            expect(await call(app, 92, "set", { key, value })).toEqual({ result: true, error: null });
        }
        expect(localStorage.getItem(`${PREFIX}l`)).toBe('["a","b"]');
        expect(localStorage.getItem(`${PREFIX}s`)).toBe('"text"');
        for (const [key, value] of values) {
            expect((await call(app, 92, "get", { key })).result).toEqual(value);
        }
        expect((await call(app, 92, "get", { key: "missing" })).result).toBe(null);
        session.stop();
    });

    it("lists, tests, removes and clears only its own keys", async () => {
        const { app, session } = await start();
        localStorage.setItem("other-library", "kept");
        for (const key of ["app.b", "app.a", "misc"]) await call(app, 92, "set", { key, value: 1 });
        expect((await call(app, 92, "get_keys", { key_prefix: "app." })).result).toEqual(["app.a", "app.b"]);
        expect((await call(app, 92, "get_keys", { key_prefix: "" })).result).toEqual(["app.a", "app.b", "misc"]);
        expect((await call(app, 92, "contains_key", { key: "misc" })).result).toBe(true);
        expect((await call(app, 92, "remove", { key: "misc" })).result).toBe(true);
        expect((await call(app, 92, "contains_key", { key: "misc" })).result).toBe(false);
        expect((await call(app, 92, "clear")).result).toBe(true);
        expect((await call(app, 92, "get_keys", { key_prefix: "" })).result).toEqual([]);
        expect(localStorage.getItem("other-library")).toBe("kept");
        session.stop();
    });

    it("refuses values Flet does not store, and stored values that are not JSON, naming the key", async () => {
        const { app, session } = await start();
        const bad = await call(app, 92, "set", { key: "k", value: { nested: 1 } });
        expect(bad).toEqual({
            result: null,
            error: 'SharedPreferences.set: the value of "k" must be a string, a finite number, a boolean or a list of strings, not {"nested":1}',
        });
        expect((await call(app, 92, "set", { key: "k", value: [1, 2] })).error).toMatch(/list of strings/);
        expect((await call(app, 92, "set", { key: "", value: "v" })).error).toMatch(/key must be a non-empty string/);
        expect(localStorage.length).toBe(0);
        localStorage.setItem(`${PREFIX}broken`, "{not json");
        expect((await call(app, 92, "get", { key: "broken" })).error).toBe(
            'SharedPreferences.get: the stored value of "broken" is not JSON: "{not json"',
        );
        session.stop();
    });
});

describe("UrlLauncher", () => {
    it("opens safe URLs with window.open, noopener, in a new tab or the named window", async () => {
        const { app, session } = await start();
        const open = vi.spyOn(window, "open").mockImplementation(() => null);
        expect(await call(app, 93, "launch_url", { url: "https://flet.dev/", mode: "platformDefault" })).toEqual({
            result: null,
            error: null,
        });
        await call(app, 93, "launch_url", { url: "/docs/", mode: "externalApplication", web_only_window_name: "docs" });
        await call(app, 93, "launch_url", { url: { url: "mailto:a@b.c", target: "_self" } });
        const base = new URL("/docs/", location.href).href;
        expect(open.mock.calls).toEqual([
            ["https://flet.dev/", "_blank", "noopener,noreferrer"],
            [base, "docs", "noopener,noreferrer"],
            ["mailto:a@b.c", "_self", "noopener,noreferrer"],
        ]);
        session.stop();
    });

    it("refuses javascript: and data: URLs, and can_launch_url says so", async () => {
        const { app, session } = await start();
        const open = vi.spyOn(window, "open").mockImplementation(() => null);
        const refused = await call(app, 93, "launch_url", { url: "javascript:alert(1)" });
        expect(refused.error).toBe(
            'UrlLauncher.launch_url: "javascript:alert(1)" is not launched; only http, https, mailto, tel and sms URLs are',
        );
        expect(open).not.toHaveBeenCalled();
        const can = async (url: string) => (await call(app, 93, "can_launch_url", { url })).result;
        expect(await can("https://example.com")).toBe(true);
        expect(await can("tel:+123")).toBe(true);
        expect(await can("JavaScript:alert(1)")).toBe(false);
        expect(await can("data:text/html,<b>x</b>")).toBe(false);
        expect(await can("file:///etc/passwd")).toBe(false);
        expect((await call(app, 93, "supports_launch_mode", { mode: "inAppWebView" })).result).toBe(false);
        expect((await call(app, 93, "supports_launch_mode", { mode: "platformDefault" })).result).toBe(true);
        expect((await call(app, 93, "open_window", { url: "https://x" })).error).toBe(
            "UrlLauncher(93) has no method open_window in this renderer",
        );
        session.stop();
    });

    it("resolves relative URLs against the page", () => {
        expect(safeUrl("../b", "https://site.test/a/c/")?.href).toBe("https://site.test/a/b");
        expect(safeUrl(" javascript:x", "https://site.test/")).toBe(null);
    });
});

describe("BrowserContextMenu", () => {
    it("cancels contextmenu events while disabled, and not after enable", async () => {
        const { app, session } = await start();
        const menu = () => {
            const e = new MouseEvent("contextmenu", { bubbles: true, cancelable: true });
            document.body.dispatchEvent(e);
            return e.defaultPrevented;
        };
        expect(menu()).toBe(false);
        await call(app, 94, "disable_menu");
        await call(app, 94, "disable_menu");
        expect(menu()).toBe(true);
        await call(app, 94, "enable_menu");
        expect(menu()).toBe(false);
        session.stop();
    });
});

describe("Clipboard", () => {
    it("writes and reads text through navigator.clipboard", async () => {
        const { app, session } = await start();
        let held = "";
        vi.spyOn(navigator.clipboard, "writeText").mockImplementation(async (t: string) => void (held = t));
        vi.spyOn(navigator.clipboard, "readText").mockImplementation(async () => held);
        expect(await call(app, 91, "set", { data: "copied" })).toEqual({ result: null, error: null });
        expect(await call(app, 91, "get")).toEqual({ result: "copied", error: null });
        expect((await call(app, 91, "set", { data: 3 })).error).toBe(
            "Clipboard.set: data must be a string, not number",
        );
        session.stop();
    });
});

describe("get_device_info", () => {
    it("answers the page's call with WebDeviceInfo's fields", async () => {
        const { app, session } = await start();
        const { result, error } = await call(app, 1, "get_device_info");
        expect(error).toBe(null);
        expect(Object.keys(result).sort()).toEqual(
            [
                "app_code_name",
                "app_name",
                "app_version",
                "browser_name",
                "device_memory",
                "hardware_concurrency",
                "language",
                "languages",
                "max_touch_points",
                "platform",
                "product",
                "product_sub",
                "user_agent",
                "vendor",
                "vendor_sub",
            ].sort(),
        );
        expect(result.user_agent).toBe(navigator.userAgent);
        expect(result.languages).toEqual([...navigator.languages]);
        session.stop();
    });

    it("names the browser from the user agent as device_info_plus does", () => {
        const chrome =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";
        expect(browserName(chrome)).toBe("chrome");
        expect(browserName(chrome + " Edg/140.0")).toBe("edge");
        expect(browserName(chrome + " OPR/100")).toBe("opera");
        expect(browserName("Mozilla/5.0 (Macintosh) AppleWebKit/605 Version/17 Safari/605")).toBe("safari");
        expect(browserName("Mozilla/5.0 Gecko/20100101 Firefox/130.0")).toBe("firefox");
        expect(browserName("curl/8")).toBe("unknown");
    });
});
