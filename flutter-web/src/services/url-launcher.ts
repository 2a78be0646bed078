// UrlLauncher (§3.14). In the browser every launch mode opens a new browsing context with
// window.open(url, name, "noopener,noreferrer"), so the opened page gets no handle on the app. Only
// http(s), mailto, tel and sms URLs open: javascript: and data: URLs would run code or show content
// under the app's name.
import { preview } from "../log";
import type { Methods } from "./index";

export const SAFE_SCHEMES = ["http:", "https:", "mailto:", "tel:", "sms:"];

/** The modes that open a URL in the browser; the in-app ones belong to Flet's mobile clients. */
const WEB_MODES = ["platformDefault", "externalApplication"];

/** args.url: a string, or Flet's Url {url, target}. */
function urlArg(args: Record<string, unknown>, method: string): { url: string; target?: string } {
    const v = args.url;
    if (typeof v === "string") return { url: v };
    if (v && typeof v === "object" && typeof (v as any).url === "string") {
        const target = (v as any).target;
        return { url: (v as any).url, target: typeof target === "string" ? target : undefined };
    }
    throw new Error(`UrlLauncher.${method}: url must be a string or {url, target}, not ${preview(v)}`);
}

/** The absolute URL if it may be launched, else null. Relative URLs resolve against the page. */
export function safeUrl(url: string, base: string): URL | null {
    let parsed: URL;
    try {
        parsed = new URL(url, base);
    } catch {
        return null;
    }
    return SAFE_SCHEMES.includes(parsed.protocol) ? parsed : null;
}

export const urlLauncherMethods: Methods = {
    launch_url: (args, win) => {
        const { url, target } = urlArg(args, "launch_url");
        const safe = safeUrl(url, win.location.href);
        if (!safe) {
            throw new Error(
                `UrlLauncher.launch_url: ${preview(url)} is not launched; only http, https, mailto, tel and sms URLs are`,
            );
        }
        const name = typeof args.web_only_window_name === "string" ? args.web_only_window_name : target;
        win.open(safe.href, name || "_blank", "noopener,noreferrer");
        return null;
    },
    can_launch_url: (args, win) => safeUrl(urlArg(args, "can_launch_url").url, win.location.href) !== null,
    supports_launch_mode: (args) => WEB_MODES.includes(String(args.mode ?? "platformDefault")),
    supports_close_for_launch_mode: () => false,
    // Nothing opens inside the app in the browser, so there is nothing to close.
    close_in_app_web_view: () => null,
};
