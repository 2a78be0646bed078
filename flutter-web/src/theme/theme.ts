// Light or dark: the page's theme_mode, or with "system" (Flet's default) the browser's
// prefers-color-scheme. The colour tokens for both are in renderer.css, chosen by data-theme.
import type { Control } from "../tree/control";

export type Brightness = "light" | "dark";

export class ThemeController {
    private readonly media: MediaQueryList | null;
    page: Control | null = null;

    constructor(
        private readonly root: HTMLElement,
        win: Window,
    ) {
        this.media = typeof win.matchMedia === "function" ? win.matchMedia("(prefers-color-scheme: dark)") : null;
    }

    /** The platform's brightness, as Flet reports it in page.platform_brightness. */
    systemBrightness(): Brightness {
        return this.media?.matches ? "dark" : "light";
    }

    /** Calls `listener` when the system brightness changes. */
    onSystemChange(listener: (brightness: Brightness) => void): () => void {
        const handler = () => listener(this.systemBrightness());
        this.media?.addEventListener?.("change", handler);
        return () => this.media?.removeEventListener?.("change", handler);
    }

    refresh(): void {
        const mode = String(this.page?.props.theme_mode ?? "system").toLowerCase();
        const dark = mode === "dark" || (mode !== "light" && this.systemBrightness() === "dark");
        this.root.dataset.theme = dark ? "dark" : "light";
    }
}
