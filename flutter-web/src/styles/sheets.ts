// Loads the stylesheets that are not needed at first paint (styles/sheet-urls.ts): a <link rel="stylesheet">
// in document.head, which the site's Content-Security-Policy (style-src 'self') allows. Each sheet is
// requested once; a sheet that fails to load is reported once and not waited for again.
import { warnOnce } from "../log";
import { SHEET_URLS } from "./sheet-urls";

const loads = new Map<string, Promise<void>>();
const settled = new Set<string>();

/** Whether there is nothing to wait for: the sheet has loaded or failed, or the build has no such sheet. */
export const sheetSettled = (name: string): boolean => settled.has(name) || !SHEET_URLS[name];

/**
 * Requests the named sheet (once) and resolves when it has loaded or failed; `without` says what a failure
 * leaves unstyled, for the warning.
 */
export function loadSheet(name: string, without: string): Promise<void> {
    const url = SHEET_URLS[name];
    if (!url) return Promise.resolve();
    let p = loads.get(name);
    if (!p) {
        p = new Promise<void>((resolve) => {
            const link = document.createElement("link");
            link.rel = "stylesheet";
            link.href = url;
            link.onload = () => resolve();
            link.onerror = () => {
                warnOnce(`a stylesheet could not be loaded (${url}); ${without}`);
                resolve();
            };
            document.head.append(link);
        }).then(() => void settled.add(name));
        loads.set(name, p);
    }
    return p;
}
