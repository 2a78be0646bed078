// The renderer's entry point (docs/architecture.md, start-up sequence step 5).
import { setIconTableBase } from "./icons/icons";
import { type Bridge, Session } from "./session";
import type { RouteConfig } from "./snapshot";

export interface StartOptions {
    /** The element the app renders into; its content (a loading screen) is replaced by the page. */
    root: HTMLElement;
    /** Whether the WasmGC build runs (reported to the app as page.wasm). */
    wasm: boolean;
    /** The session address passed to jsConnect; the loader passes location.href. */
    appId: string;
    /** jflet-config.json, for routeUrlStrategy and baseUrl; the path strategy under "/" without it. */
    config?: RouteConfig;
}

export interface RunningApp {
    /** Disconnects from the app and stops listening to the window. */
    stop(): void;
}

/** Connects to the app installed on globalThis (jsConnect/jsSend) and renders it into `root`. */
export async function start(options: StartOptions): Promise<RunningApp> {
    if (!options?.root || typeof options.root.append !== "function") {
        throw new Error("start() needs {root: HTMLElement, wasm: boolean, appId: string}; root is missing");
    }
    // The icon tables sit next to renderer.js, which only re-exports start(): this code is bundled into
    // chunks/ one folder below it (scripts/bundle.mjs).
    setIconTableBase(new URL("../", import.meta.url).href);
    const session = new Session(options, window, globalThis as unknown as Bridge);
    await session.connect();
    return session;
}
