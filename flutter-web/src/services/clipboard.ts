// Clipboard (§3.14): text only. Browsers read the clipboard only with the user's permission, and write
// it only in a secure context shortly after a user action.
import type { Methods } from "./index";

function clipboardOf(win: Window): Clipboard {
    const clipboard = win.navigator.clipboard;
    if (!clipboard) {
        throw new Error(
            "Clipboard: this page has no clipboard access; browsers offer it only over https or on localhost",
        );
    }
    return clipboard;
}

export const clipboardMethods: Methods = {
    set: async (args, win) => {
        if (typeof args.data !== "string")
            throw new Error(`Clipboard.set: data must be a string, not ${typeof args.data}`);
        await clipboardOf(win).writeText(args.data);
        return null;
    },
    get: (_args, win) => clipboardOf(win).readText(),
};
