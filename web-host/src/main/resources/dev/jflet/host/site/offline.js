// jflet offline support: registers the site's service worker (sw.js), which keeps every file of this version for
// offline use, and switches the page to a new version once it is installed whole (docs/architecture.md,
// "Offline and updates"). Loaded by loader.js after the app's first paint.

const SERVICE_WORKER = "sw.js";
/** How often a page that stays open asks whether a new version was published. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

function siteUrl(path) {
    return new URL(path, import.meta.url).href;
}

/**
 * Registers the service worker and watches for new versions. Until the user first presses a key or a pointer in
 * the page, a new version is switched to at once (nothing is lost); after that a notice offers to reload, and the
 * next start switches by itself.
 */
export async function install({ root, appName }) {
    const container = navigator.serviceWorker;
    if (!container) {
        console.info("jflet: this browser has no service workers; the app works online only.");
        return;
    }
    let touched = false;
    const touch = () => {
        touched = true;
    };
    document.addEventListener("pointerdown", touch, { capture: true, once: true });
    document.addEventListener("keydown", touch, { capture: true, once: true });

    let registration = await container.getRegistration(siteUrl("./"));
    if (!registration) {
        registration = await container.register(siteUrl(SERVICE_WORKER), { updateViaCache: "none" });
    } else if (navigator.onLine !== false) {
        registration.update().catch(() => {});
    }
    const ready = (worker) => {
        globalThis.dispatchEvent(new CustomEvent("jflet:update-ready"));
        if (touched) showUpdateNotice(root, appName, () => switchTo(container, worker));
        else switchTo(container, worker);
    };
    const watch = (worker) => {
        if (!worker) return;
        const check = () => {
            // Installed while a controller exists: a new version, not the first one.
            if (worker.state === "installed" && container.controller) ready(worker);
        };
        worker.addEventListener("statechange", check);
        check();
    };
    watch(registration.waiting ?? registration.installing);
    registration.addEventListener("updatefound", () => watch(registration.installing));
    const checkForUpdate = () => {
        if (document.visibilityState === "visible" && navigator.onLine !== false) {
            registration.update().catch(() => {});
        }
    };
    document.addEventListener("visibilitychange", checkForUpdate);
    setInterval(checkForUpdate, UPDATE_CHECK_MS);
}

/** Lets the installed version take over, then reloads the page into it. */
function switchTo(container, worker) {
    container.addEventListener("controllerchange", () => location.reload(), { once: true });
    worker.postMessage({ type: "jflet:activate" });
}

function showUpdateNotice(root, appName, reload) {
    if (document.querySelector(".jflet-update")) return;
    const notice = document.createElement("div");
    notice.className = "jflet-update";
    notice.setAttribute("role", "status");
    const text = document.createElement("span");
    text.textContent = `A new version of ${appName || "this app"} is ready.`;
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = "Reload";
    button.addEventListener("click", reload);
    notice.append(text, button);
    document.body.append(notice);
}
