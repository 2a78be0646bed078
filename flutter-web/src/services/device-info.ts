// page.get_device_info() on the web (§3.14): the navigator fields of Flet's WebDeviceInfo, by Flet's
// names, with the browser told from the user agent as Flutter's device_info_plus does.
import { f64 } from "../protocol/msgpack";

/** Substrings of the user agent checked in this order; the first found names the browser. */
const BROWSERS: [string[], string][] = [
    [["Firefox"], "firefox"],
    [["SamsungBrowser"], "samsungInternet"],
    [["Opera", "OPR"], "opera"],
    [["Trident"], "msie"],
    [["Edg"], "edge"],
    [["Chrome"], "chrome"],
    [["Safari"], "safari"],
];

/** Flet's WebBrowserName for a user agent string. */
export function browserName(userAgent: string): string {
    const found = BROWSERS.find(([marks]) => marks.some((m) => userAgent.includes(m)));
    return found ? found[1] : "unknown";
}

const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const int = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? Math.trunc(v) : null);

export function deviceInfo(nav: Navigator): Record<string, unknown> {
    const n = nav as Navigator & { deviceMemory?: number };
    return {
        browser_name: browserName(n.userAgent ?? ""),
        app_code_name: str(n.appCodeName),
        app_name: str(n.appName),
        app_version: str(n.appVersion),
        device_memory: typeof n.deviceMemory === "number" ? f64(n.deviceMemory) : null,
        hardware_concurrency: int(n.hardwareConcurrency),
        language: str(n.language),
        languages: Array.from(n.languages ?? []),
        max_touch_points: int(n.maxTouchPoints),
        platform: str(n.platform),
        product: str(n.product),
        product_sub: str(n.productSub),
        user_agent: str(n.userAgent),
        vendor: str(n.vendor),
        vendor_sub: str(n.vendorSub),
    };
}
