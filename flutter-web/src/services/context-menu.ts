// BrowserContextMenu (§3.14): the browser's own context menu is enabled when the app starts; disabling
// it cancels every contextmenu event on the page until it is enabled again.
import type { Methods } from "./index";

const blockers = new WeakMap<Window, (e: Event) => void>();

function block(e: Event): void {
    e.preventDefault();
}

/** Whether the browser's context menu is disabled in `win`. */
export const menuDisabled = (win: Window): boolean => blockers.has(win);

export const contextMenuMethods: Methods = {
    disable_menu: (_args, win) => {
        if (!blockers.has(win)) {
            // Capturing on the window, so it applies before any control's own handler.
            win.addEventListener("contextmenu", block, true);
            blockers.set(win, block);
        }
        return null;
    },
    enable_menu: (_args, win) => {
        const blocker = blockers.get(win);
        if (blocker) win.removeEventListener("contextmenu", blocker, true);
        blockers.delete(win);
        return null;
    },
};
