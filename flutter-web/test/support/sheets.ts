// The lazy stylesheets in tests: gives names a URL, as the build does, and keeps the <link> elements the
// renderer appends out of happy-dom (which would fetch them), so a test decides when each loads or fails.
import { vi } from "vitest";
import { SHEET_URLS } from "../../src/styles/sheet-urls";

/** Gives each named sheet a URL, as the build's sheet-urls module does; returns them by name. */
export function useSheets(...names: string[]): Record<string, string> {
    const urls = SHEET_URLS as Record<string, string>;
    for (const name of names) urls[name] = `http://localhost:3000/chunks/${name}-0123abcd.css`;
    return Object.fromEntries(names.map((n) => [n, urls[n]]));
}

let spy: { mockRestore(): void } | null = null;

/** From now on, the nodes appended to document.head, kept out of the document (until restoreHead()). */
export function captureHead(): HTMLLinkElement[] {
    const links: HTMLLinkElement[] = [];
    restoreHead();
    spy = vi.spyOn(document.head, "append").mockImplementation((...nodes) => {
        links.push(...(nodes as HTMLLinkElement[]));
    });
    return links;
}

/** Lets document.head take nodes again. */
export function restoreHead(): void {
    spy?.mockRestore();
    spy = null;
}

/** Lets pending promises and module imports settle. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
