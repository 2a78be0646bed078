// The page snapshot the client sends with RegisterClient (flet-protocol.md §2.3.1), in the Dart
// client's key order. Sizes are float64 on the wire, as Flutter's doubles are.
import { Float64, f64 } from "./protocol/msgpack";

export interface RouteConfig {
    /** "path" (default) reads the route from the URL path, "hash" from "#/…". */
    routeUrlStrategy?: string;
    /** The path the site is served under, e.g. "/" or "/apps/demo/". */
    baseUrl?: string;
}

const basePath = (config: RouteConfig) => {
    const base = config.baseUrl ?? "/";
    return base.endsWith("/") ? base : base + "/";
};

/** The current route: "/" for the app's root, query string included. */
export function currentRoute(loc: Location, config: RouteConfig): string {
    if (config.routeUrlStrategy === "hash") {
        const hash = loc.hash.replace(/^#/, "");
        return hash === "" ? "/" : hash.startsWith("/") ? hash : "/" + hash;
    }
    const base = basePath(config);
    const path = loc.pathname.startsWith(base) ? loc.pathname.slice(base.length - 1) : loc.pathname;
    return (path === "" ? "/" : path) + loc.search;
}

/** The URL that shows `route` under the configured strategy. */
export function routeUrl(route: string, loc: Location, config: RouteConfig): string {
    if (config.routeUrlStrategy === "hash") return `${loc.pathname}${loc.search}#${route}`;
    return basePath(config) + route.replace(/^\//, "");
}

/** The first two path segments of the page URL (Flet's getWebPageName). */
export function pageName(loc: Location): string {
    return loc.pathname
        .split("/")
        .filter((s) => s !== "")
        .slice(0, 2)
        .join("/");
}

/** The browser's OS as a Flutter TargetPlatform name. */
export function platformName(nav: Navigator): string {
    const ua = nav.userAgent ?? "";
    const platform = (nav as any).userAgentData?.platform ?? nav.platform ?? "";
    if (/android/i.test(ua)) return "android";
    if (/iphone|ipad|ipod/i.test(ua) || (/mac/i.test(platform) && nav.maxTouchPoints > 1)) return "ios";
    if (/mac/i.test(platform) || /mac os/i.test(ua)) return "macos";
    if (/win/i.test(platform) || /windows/i.test(ua)) return "windows";
    if (/fuchsia/i.test(ua)) return "fuchsia";
    return "linux";
}

const zeroInsets = () => ({ top: f64(0), right: f64(0), bottom: f64(0), left: f64(0) });

export function mediaSnapshot(win: Window): Record<string, unknown> {
    return {
        padding: zeroInsets(),
        view_padding: zeroInsets(),
        view_insets: zeroInsets(),
        device_pixel_ratio: f64(win.devicePixelRatio || 1),
        orientation: win.innerWidth > win.innerHeight ? "landscape" : "portrait",
        always_use_24_hour_format: false,
    };
}

export const isPwa = (win: Window): boolean =>
    typeof win.matchMedia === "function" &&
    win.matchMedia("(display-mode: standalone), (display-mode: fullscreen), (display-mode: minimal-ui)").matches;

export function pageSnapshot(
    win: Window,
    options: { wasm: boolean; brightness: string; config: RouteConfig },
): Record<string, unknown> {
    return {
        route: currentRoute(win.location, options.config),
        pwa: isPwa(win),
        web: true,
        debug: false,
        wasm: options.wasm,
        test: false,
        multi_view: false,
        pyodide: false,
        platform_brightness: options.brightness,
        width: f64(win.innerWidth),
        height: f64(win.innerHeight),
        platform: platformName(win.navigator),
        window: {},
        media: mediaSnapshot(win),
    };
}

/** The snapshot with Float64 markers replaced by plain numbers, for the client's own page model. */
export function plain(value: unknown): unknown {
    if (value instanceof Float64) return value.value;
    if (Array.isArray(value)) return value.map(plain);
    if (typeof value === "object" && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
    }
    return value;
}
