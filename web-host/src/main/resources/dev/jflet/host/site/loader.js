// jflet loader: picks the WasmGC or JavaScript build, runs the app's main, starts the renderer.
// The steps follow docs/architecture.md, "Start-up sequence", 2 to 6.

// A minimal module that only validates where WebAssembly GC is supported: (type (struct)) (type (func))
// (func (type 1) struct.new 0 drop). struct.new uses the final opcode 0xfb 0x00, so engines with older,
// pre-standard GC encodings answer false as well.
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

async function loadConfig() {
    const response = await fetch(siteUrl("jflet-config.json"));
    if (!response.ok) {
        throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    }
    return response.json();
}

/** Runs a load; when it fails because a file is missing, says so instead of the engine's indirect message. */
async function load(files, action) {
    try {
        return await action();
    } catch (cause) {
        for (const file of files) {
            const response = await fetch(siteUrl(file), { method: "HEAD", cache: "no-store" }).catch(() => null);
            if (response && !response.ok) {
                throw new Error(`${file} answered HTTP ${response.status} ${response.statusText}`.trim(), { cause });
            }
        }
        throw cause;
    }
}

async function runWasm(config) {
    const teavm = await runStep(`Loading the WebAssembly build (${config.wasm})`, () =>
        load([config.wasmRuntime, config.wasm], async () => {
            // The module downloads while the runtime loads: both are on the critical path.
            const bytes = fetch(siteUrl(config.wasm)).then((response) => {
                if (!response.ok) {
                    throw new Error(`${config.wasm} answered HTTP ${response.status} ${response.statusText}`.trim());
                }
                return response.arrayBuffer();
            });
            bytes.catch(() => {});
            const runtime = await import(siteUrl(config.wasmRuntime));
            return runtime.load(await bytes);
        }),
    );
    return () => teavm.exports.main([]);
}

async function runJs(config) {
    const app = await runStep(`Loading the JavaScript build (${config.js})`, () =>
        load([config.js], () => import(siteUrl(config.js))),
    );
    return () => app.main([]);
}

/**
 * Loads a build and runs its main: the forced one, else WasmGC where the browser has it. An unforced WasmGC
 * build that does not load (an engine lacking a feature it needs) falls back to the JavaScript build.
 *
 * @returns "wasm" or "js", the build that runs
 */
async function runApp(config) {
    const forced = forcedBuild();
    let build = forced ?? (wasmGcSupported() ? "wasm" : "js");
    let main;
    if (build === "wasm") {
        try {
            main = await runWasm(config);
        } catch (error) {
            if (forced) {
                throw error;
            }
            console.warn("jflet: the WebAssembly build did not load; running the JavaScript build.", error);
            build = "js";
        }
    }
    if (build === "js") {
        main = await runJs(config);
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

async function start(root) {
    const rendererPromise = import("./renderer.js");
    // Awaited below; this handler only keeps an early failure elsewhere from also reporting it as unhandled.
    rendererPromise.catch(() => {});

    const config = await runStep("Loading jflet-config.json", loadConfig);
    const build = await runApp(config);
    const renderer = await runStep("Loading the renderer (renderer.js)", () => rendererPromise);
    await runStep("Starting the renderer", () =>
        renderer.start({ root, wasm: build === "wasm", appId: location.href, config }),
    );
    root.querySelector(":scope > .jflet-loading")?.remove();
}

const root = document.getElementById("app") ?? document.body;
start(root).catch((error) => {
    console.error("jflet: the app could not start.", error);
    showError(root, error);
});
