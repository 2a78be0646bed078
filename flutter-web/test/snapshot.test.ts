import { describe, expect, it } from "vitest";
import { currentRoute, isPwa, pageName, platformName, routeUrl } from "../src/snapshot";

const loc = (href: string) => new URL(href) as unknown as Location;
const nav = (userAgent: string, platform = "", maxTouchPoints = 0) =>
    ({ userAgent, platform, maxTouchPoints }) as unknown as Navigator;

describe("routes", () => {
    it("reads the path strategy below the base URL, with the query", () => {
        expect(currentRoute(loc("http://h/"), {})).toBe("/");
        expect(currentRoute(loc("http://h/store?x=1"), {})).toBe("/store?x=1");
        expect(currentRoute(loc("http://h/apps/demo/store"), { baseUrl: "/apps/demo/" })).toBe("/store");
        expect(currentRoute(loc("http://h/apps/demo/"), { baseUrl: "/apps/demo" })).toBe("/");
    });

    it("reads the hash strategy", () => {
        const hash = { routeUrlStrategy: "hash" };
        expect(currentRoute(loc("http://h/"), hash)).toBe("/");
        expect(currentRoute(loc("http://h/#/store?x=1"), hash)).toBe("/store?x=1");
        expect(routeUrl("/b", loc("http://h/app/?q#/a"), hash)).toBe("/app/?q#/b");
        expect(routeUrl("/b?q=1", loc("http://h/x"), { baseUrl: "/apps/" })).toBe("/apps/b?q=1");
    });

    it("names the page by the first two path segments", () => {
        expect(pageName(loc("http://h/p/test/store/1"))).toBe("p/test");
        expect(pageName(loc("http://h/"))).toBe("");
        expect(pageName(loc("http://h/#/"))).toBe("");
    });
});

describe("platformName", () => {
    it("maps the browser's OS to Flutter's platform names", () => {
        expect(platformName(nav("Mozilla/5.0 (X11; Linux x86_64)", "Linux x86_64"))).toBe("linux");
        expect(platformName(nav("Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "Win32"))).toBe("windows");
        expect(platformName(nav("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)", "MacIntel"))).toBe("macos");
        expect(platformName(nav("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)", "MacIntel", 5))).toBe("ios");
        expect(platformName(nav("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)", "iPhone"))).toBe("ios");
        expect(platformName(nav("Mozilla/5.0 (Linux; Android 14; Pixel 8)", "Linux armv8l"))).toBe("android");
    });
});

describe("isPwa", () => {
    // A window whose media queries answer as a browser showing the page in `mode` does.
    const shownAs = (mode: string) =>
        ({
            matchMedia: (query: string) => ({ matches: query.split(/,\s*/).includes(`(display-mode: ${mode})`) }),
        }) as unknown as Window;

    it("is true when the page runs as an installed app", () => {
        expect(isPwa(shownAs("standalone"))).toBe(true);
        expect(isPwa(shownAs("fullscreen"))).toBe(true);
        expect(isPwa(shownAs("minimal-ui"))).toBe(true);
    });

    it("is false in a browser tab", () => {
        expect(isPwa(shownAs("browser"))).toBe(false);
    });
});
