// jflet loader: picks the WasmGC or JavaScript build, runs the app's main, starts the renderer.
// The steps follow docs/architecture.md, "Start-up sequence", 2 to 7. jflet:publish fills in the {{…}} names:
// files with a content hash in their names, so a new version of the site never mixes with an old one.

// support.js reports a loader that never ran as one that could not be downloaded.
globalThis.jfletLoaderRan = true;

// The site's configuration (jflet-config in docs/architecture.md), written in by jflet:publish: no request to wait for.
const CONFIG = {{config}};
const RENDERER_FILE = "{{rendererFile}}";
// renderer.js and the chunks it imports statically: what the renderer's first paint needs.
const RENDERER_MODULES = {{rendererModules}};
const OFFLINE_FILE = "{{offlineFile}}";
const WASM_FILE = "{{wasmFile}}";
const WASM_RUNTIME_FILE = "{{wasmRuntimeFile}}";
const WASM_BODIES_FILE = "{{wasmBodiesFile}}";
const JS_FILE = "{{jsFile}}";

// A minimal module that only validates where WebAssembly GC is supported: (type (struct)) (type (func))
// (func (type 1) struct.new 0 drop). struct.new uses the final opcode 0xfb 0x00, so engines with older,
// pre-standard GC encodings answer false as well.
// prettier-ignore
const WASM_GC_PROBE = new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
    0x01, 0x06, 0x02, 0x5f, 0x00, 0x60, 0x00, 0x00, // types: struct {}, func [] -> []
    0x03, 0x02, 0x01, 0x01, // functions: one, of type 1
    0x0a, 0x08, 0x01, 0x06, 0x00, 0xfb, 0x00, 0x00, 0x1a, 0x0b, // code: struct.new 0, drop, end
]);

const BUILD_OVERRIDE_KEY = "jflet.build";

/** A start-up step that failed, with the cause. */
class StartupError extends Error {
    constructor(step, cause) {
        super(`${step}: ${describe(cause)}`, { cause });
        this.name = "StartupError";
        this.step = step;
    }
}

function describe(error) {
    if (error instanceof Error) {
        return error.message || error.name;
    }
    return String(error);
}

/** Resolves a site file against this module's URL, so client-side routes like /store/3 do not change it. */
function siteUrl(path) {
    return new URL(path, import.meta.url).href;
}

async function runStep(step, action) {
    try {
        return await action();
    } catch (cause) {
        throw new StartupError(step, cause);
    }
}

function wasmGcSupported() {
    try {
        return typeof WebAssembly === "object" && WebAssembly.validate(WASM_GC_PROBE);
    } catch {
        return false;
    }
}

/** The build forced with localStorage["jflet.build"] ("js" or "wasm"), or null. */
function forcedBuild() {
    try {
        const forced = globalThis.localStorage?.getItem(BUILD_OVERRIDE_KEY);
        return forced === "js" || forced === "wasm" ? forced : null;
    } catch {
        // Storage can be disabled (privacy settings, sandboxed frames): then there is no override.
        return null;
    }
}

/** Runs a load; when it fails because a file is missing, says so instead of the engine's indirect message. */
async function load(files, action) {
    try {
        return await action();
    } catch (cause) {
        for (const file of files) {
            // GET rather than HEAD, which some servers answer badly; only the status is read.
            const response = await fetch(siteUrl(file), { cache: "no-store" }).catch(() => null);
            response?.body?.cancel().catch(() => {});
            if (response && !response.ok) {
                throw new Error(`${file} answered HTTP ${response.status} ${response.statusText}`.trim(), { cause });
            }
        }
        throw cause;
    }
}

/**
 * Downloads a file, moving the loading screen's progress bar as its bytes arrive (XMLHttpRequest reports progress
 * for the whole body, which a fetch only does through a stream reader).
 */
function download(file, progress) {
    return new Promise((resolve, reject) => {
        const request = new XMLHttpRequest();
        request.open("GET", siteUrl(file));
        request.responseType = "arraybuffer";
        let loaded = 0;
        request.onprogress = (event) => {
            progress(event.loaded - loaded);
            loaded = event.loaded;
        };
        request.onload = () => {
            if (request.status >= 200 && request.status < 300) {
                resolve(request.response);
            } else {
                reject(new Error(`${file} answered HTTP ${request.status} ${request.statusText}`.trim()));
            }
        };
        request.onerror = () => reject(new Error(`${file} could not be downloaded (network error)`));
        request.send();
    });
}

/**
 * The downloads of a build, started as soon as the loader runs, before the page is parsed. The WasmGC binary is
 * downloaded with progress events, which the loading screen's bar shows once it exists. The JavaScript build is
 * imported at once instead: the browser compiles it while it arrives, in one request; its bar shows no amount.
 */
function startDownloads(build) {
    let early = 0;
    let sink = null;
    const progress = (bytes) => (sink ? sink(bytes) : (early += bytes));
    const started = {
        build,
        attach(report) {
            sink = report;
            if (early) report(early);
        },
    };
    if (build === "wasm") {
        started.bytes = download(WASM_FILE, progress);
        started.modules = Promise.all([import(siteUrl(WASM_RUNTIME_FILE)), import(siteUrl(WASM_BODIES_FILE))]);
        started.modules.catch(() => {});
        started.bytes.catch(() => {});
    } else {
        started.module = import(siteUrl(JS_FILE));
        started.module.catch(() => {});
    }
    return started;
}

async function runWasm(downloads) {
    const teavm = await runStep(`Loading the WebAssembly build (${WASM_FILE})`, () =>
        load([WASM_RUNTIME_FILE, WASM_BODIES_FILE, WASM_FILE], async () => {
            const [runtime, bodies] = await downloads.modules;
            // The runtime looks @JSBody functions up in this table instead of compiling them (no 'unsafe-eval').
            const installImports = (imports) => {
                imports.teavmJso.jfletJsBody = bodies.jsBody;
            };
            return runtime.load(await downloads.bytes, { installImports });
        }),
    );
    return () => teavm.exports.main([]);
}

async function runJs(downloads) {
    const app = await runStep(`Loading the JavaScript build (${JS_FILE})`, () => load([JS_FILE], () => downloads.module));
    return () => app.main([]);
}

/** The build to run: the one forced with localStorage, else WasmGC where the browser has it. */
function chosenBuild() {
    return forcedBuild() ?? (wasmGcSupported() ? "wasm" : "js");
}

/**
 * Loads a build and runs its main: the forced one, else WasmGC where the browser has it. An unforced WasmGC
 * build that does not load (an engine lacking a feature it needs) falls back to the JavaScript build.
 *
 * @returns "wasm" or "js", the build that runs
 */
async function runApp(config, screen, downloads) {
    const forced = forcedBuild();
    let build = downloads.build;
    let main;
    if (build === "wasm") {
        try {
            downloads.attach(screen.progress(config.sizes?.[WASM_FILE]));
            main = await runWasm(downloads);
        } catch (error) {
            if (forced) {
                throw error;
            }
            console.warn("jflet: the WebAssembly build did not load; running the JavaScript build.", error);
            build = "js";
            downloads = startDownloads("js");
        }
    }
    if (build === "js") {
        main = await runJs(downloads);
    }
    const label = build === "wasm" ? "WebAssembly" : "JavaScript";
    await runStep(`Running the app's main method (${label} build)`, main);
    if (typeof globalThis.jsConnect !== "function") {
        throw new StartupError(
            "Running the app's main method",
            new Error("main returned without calling Jflet.run, so the page has nothing to connect to"),
        );
    }
    return build;
}

function showError(root, error) {
    const box = document.createElement("div");
    box.className = "jflet-error";
    box.setAttribute("role", "alert");

    const title = document.createElement("h1");
    title.textContent = "This app could not start";
    const reason = document.createElement("p");
    reason.className = "jflet-error-reason";
    reason.textContent = error instanceof StartupError ? error.message : `Unexpected error: ${describe(error)}`;
    const hint = document.createElement("p");
    hint.textContent =
        "Reload the page to try again. If the problem stays, the browser console has the details" +
        ` (a build forced with localStorage["${BUILD_OVERRIDE_KEY}"] can be removed there).`;
    box.append(title, reason, hint);

    const stack = (error instanceof StartupError ? error.cause : error)?.stack;
    if (stack) {
        const details = document.createElement("details");
        const summary = document.createElement("summary");
        summary.textContent = "Technical details";
        const pre = document.createElement("pre");
        pre.textContent = stack;
        details.append(summary, pre);
        box.append(details);
    }
    root.replaceChildren(box);
}

/** The loading screen's progress bar: each download adds its share as its bytes arrive. */
function loadingScreen(root) {
    const bar = root.querySelector(".jflet-loading progress");
    let total = 0;
    let done = 0;
    return {
        progress(size) {
            if (!bar || !(size > 0)) return () => {};
            total += size;
            bar.max = total;
            return (bytes) => {
                done += bytes;
                bar.value = Math.min(done, total);
            };
        },
    };
}

/**
 * A new version that finished installing while an older page ran waits for that page to go. At start-up nothing
 * runs yet, so that is the safe moment to switch: the new version takes over and the page reloads into it.
 *
 * @returns true when the page is reloading
 */
async function switchToWaitingVersion() {
    const container = navigator.serviceWorker;
    if (!container?.controller) return false;
    const registration = await container.getRegistration(siteUrl("./")).catch(() => undefined);
    const waiting = registration?.waiting;
    if (!waiting) return false;
    const switched = new Promise((resolve) => container.addEventListener("controllerchange", resolve, { once: true }));
    waiting.postMessage({ type: "jflet:activate" });
    // A version that cannot take over in time (another tab holds it) is left for the next start.
    const timeout = new Promise((resolve) => setTimeout(() => resolve("timeout"), 3000));
    if ((await Promise.race([switched, timeout])) === "timeout") return false;
    location.reload();
    return true;
}

/**
 * #app (the body without one) once the page is parsed and its deferred support.js ran. index.html runs this module
 * async, as soon as it arrives, so it starts the downloads while the stylesheets still load and the body may not be
 * parsed yet. A page that is parsed ("interactive") may still be about to run its deferred scripts; the load event
 * comes in any case, after this module ran, for a page whose support.js could not be downloaded.
 */
function appRoot() {
    const find = () => document.getElementById("app") ?? document.body;
    const state = document.readyState;
    if (state === "complete" || (state === "interactive" && "jfletUnsupported" in globalThis)) {
        return Promise.resolve(find());
    }
    return new Promise((resolve) => {
        const ready = () => resolve(find());
        document.addEventListener("DOMContentLoaded", ready, { once: true });
        addEventListener("load", ready, { once: true });
    });
}

/** Fetches and compiles modules, all at once, without running them (an import would find them one by one). */
function preloadModules(files) {
    for (const file of files) {
        const link = document.createElement("link");
        link.rel = "modulepreload";
        link.href = siteUrl(file);
        document.head.append(link);
    }
}

async function start() {
    if (await switchToWaitingVersion().catch(() => false)) {
        return;
    }
    // The app's files first, then the renderer's, which are smaller and wait for the app in any case.
    const downloads = startDownloads(chosenBuild());
    preloadModules(RENDERER_MODULES);
    const rendererPromise = import(siteUrl(RENDERER_FILE));
    // Awaited below; this handler only keeps an early failure from also being reported as unhandled.
    rendererPromise.catch(() => {});

    const root = await appRoot();
    if (globalThis.jfletUnsupported) {
        return; // support.js shows what the browser lacks.
    }
    const config = CONFIG;
    const build = await runApp(config, loadingScreen(root), downloads);
    const renderer = await runStep(`Loading the renderer (${RENDERER_FILE})`, () => rendererPromise);
    await runStep("Starting the renderer", () =>
        renderer.start({ root, wasm: build === "wasm", appId: location.href, config }),
    );
    root.querySelector(":scope > .jflet-loading")?.remove();
    // Offline support and updates are not needed for the first paint: their module loads after it.
    afterStartUp(() =>
        import(siteUrl(OFFLINE_FILE))
            .then((offline) => offline.install({ root, appName: config.app?.name ?? "" }))
            .catch((error) => console.warn("jflet: offline support is not available.", error)),
    );
}

/**
 * Runs `task` once the app has started and the browser is idle, which is after the first paint of its content;
 * the timeout bounds the wait on a page that never idles.
 */
function afterStartUp(task) {
    if (typeof requestIdleCallback === "function") {
        requestIdleCallback(() => task(), { timeout: 2000 });
        return;
    }
    setTimeout(task, 500);
}

start().catch(async (error) => {
    console.error("jflet: the app could not start.", error);
    showError(await appRoot(), error);
});
