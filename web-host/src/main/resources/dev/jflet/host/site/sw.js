// jflet service worker: keeps every file of one published version of this site, checked against the content hashes
// jflet:publish recorded, and serves the site from them, so later visits and offline reloads start without the
// network (docs/architecture.md, "Offline and updates"). A new version installs beside the old one and takes over
// only when a page asks for it, so no page ever mixes files of two versions.

const VERSION = "{{version}}";
/** [path relative to this file, SHA-256 of its content] for every file of the site (jflet:publish fills it in). */
const FILES = "{{files}}";
const INDEX = "index.html";
const CACHE_PREFIX = `jflet ${self.registration.scope} `;
const CACHE = CACHE_PREFIX + VERSION;

const urlOf = (path) => new URL(path, self.location.href).href;
const PATHS = new Map(FILES.map(([path, hash]) => [urlOf(path), hash]));

async function sha256(response) {
    const digest = await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer());
    return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** A response with the published content of `path`: from an older version's cache when unchanged, else fetched. */
async function published(path, hash) {
    const url = urlOf(path);
    const kept = await caches.match(url);
    if (kept && (await sha256(kept)) === hash) return kept;
    const response = await fetch(url, { cache: "no-cache" });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    // Another content means the host serves a different version (a deploy in progress): install later instead.
    if ((await sha256(response)) !== hash) throw new Error(`${path} is not the file of version ${VERSION}`);
    return response;
}

self.addEventListener("install", (event) => {
    event.waitUntil(
        (async () => {
            const cache = await caches.open(CACHE);
            try {
                await Promise.all(
                    FILES.map(async ([path, hash]) => cache.put(urlOf(path), await published(path, hash))),
                );
            } catch (error) {
                await caches.delete(CACHE);
                throw error;
            }
        })(),
    );
});

self.addEventListener("activate", (event) => {
    event.waitUntil(
        (async () => {
            // The version before this one stays for pages still open on it (they may load a lazy part later).
            const older = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);
            await Promise.all(older.slice(0, -1).map((name) => caches.delete(name)));
            await self.clients.claim();
        })(),
    );
});

self.addEventListener("message", (event) => {
    if (event.data?.type === "jflet:activate") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
    const request = event.request;
    if (request.method !== "GET" || !request.url.startsWith(self.registration.scope)) return;
    const url = new URL(request.url);
    url.hash = "";
    url.search = "";
    // A page inside the site that is not a file of it is a route of the app: index.html answers (path routing).
    const key = PATHS.has(url.href) || request.mode !== "navigate" ? url.href : urlOf(INDEX);
    event.respondWith(
        (async () => {
            const cache = await caches.open(CACHE);
            const hit = (await cache.match(key)) ?? (await caches.match(key));
            return hit ?? fetch(request);
        })(),
    );
});
