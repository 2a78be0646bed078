// What the client reports about the page on its own (flet-protocol.md §3.11, §3.12): size, route,
// brightness, app lifecycle, locale and (while subscribed) keyboard events, plus the control methods the
// backend can invoke (§2.3.5, §3.14).
import { keyboardEventData } from "./keyboard";
import { Lifecycle, type LifecycleState } from "./lifecycle";
import { preview } from "./log";
import { Action } from "./protocol/frames";
import { f64 } from "./protocol/msgpack";
import { Widget } from "./render/widget";
import type { Session } from "./session";
import { currentRoute, mediaSnapshot, plain, routeUrl } from "./snapshot";
import { throttle, type Throttled } from "./throttle";
import { historyMoved } from "./widgets/navigation";
import type { Control } from "./tree/control";

/**
 * How often, at most, a window being resized is reported: Flet's client debounces its size reports by
 * 100 ms; throttling by the same interval keeps reports coming during a drag, and the last size always
 * arrives.
 */
export const RESIZE_INTERVAL_MS = 100;

/** A BCP 47 tag ("zh-Hant-TW") as Flet's Locale {language_code, country_code, script_code}. */
export function localeOf(tag: string): Record<string, string | null> {
    const [language, ...rest] = tag.split(/[-_]/);
    const script = rest.find((p) => /^[A-Za-z]{4}$/.test(p));
    const country = rest.find((p) => /^([A-Za-z]{2}|[0-9]{3})$/.test(p));
    return {
        language_code: language.toLowerCase(),
        country_code: country ? country.toUpperCase() : null,
        script_code: script ? script[0].toUpperCase() + script.slice(1).toLowerCase() : null,
    };
}

/** Service controls whose methods the services chunk runs (services/index.ts). */
const SERVICE_TYPES = new Set(["Clipboard", "SharedPreferences", "UrlLauncher", "BrowserContextMenu"]);

export class PageEvents {
    private cleanups: (() => void)[] = [];
    private resizeReport: Throttled | null = null;
    /** The media data last reported (at registration, then by media_change), as JSON. */
    private media = "";
    private keyListener: ((e: KeyboardEvent) => void) | null = null;
    readonly lifecycle: Lifecycle;

    constructor(private readonly session: Session) {
        // Like the web engine: resumed unless the page starts hidden; no event for the starting state.
        this.lifecycle = new Lifecycle(session.win.document?.visibilityState === "hidden" ? "hidden" : "resumed");
    }

    install(): void {
        const win = this.session.win;
        const doc = win.document;
        const on = <E extends Event>(target: EventTarget, type: string, handler: (e: E) => void) => {
            target.addEventListener(type, handler as EventListener);
            this.cleanups.push(() => target.removeEventListener(type, handler as EventListener));
        };
        this.media = JSON.stringify(plain(mediaSnapshot(win)));
        // A drag-resize fires far more often than the app can use: report the size at most every 100 ms.
        const clock = {
            now: () => Date.now(),
            setTimeout: (run: () => void, ms: number) => win.setTimeout(run, ms),
            clearTimeout: (id: number) => win.clearTimeout(id),
        };
        const report = throttle(() => this.resized(), RESIZE_INTERVAL_MS, clock);
        this.resizeReport = report;
        on(win, "resize", report);
        const routeChanged = () => this.routeChanged(true);
        on(win, "popstate", routeChanged);
        on(win, "hashchange", routeChanged);
        // The web engine's lifecycle sources. Focus and blur count only for the window, not for elements.
        const ofWindow = (e: Event) => (e.target as Node | null)?.nodeType === undefined;
        on(doc, "visibilitychange", () => this.lifecycleTo(doc.visibilityState === "hidden" ? "hidden" : "resumed"));
        on(win, "focus", (e) => ofWindow(e) && this.lifecycleTo("resumed"));
        // A blur after the tab was hidden would read as "show" (hidden → inactive); browsers blur first.
        on(win, "blur", (e) => ofWindow(e) && doc.visibilityState !== "hidden" && this.lifecycleTo("inactive"));
        on(win, "pagehide", () => this.lifecycleTo("paused"));
        on(win, "pageshow", () => {
            if (this.lifecycle.state === "paused")
                this.lifecycleTo(doc.visibilityState === "hidden" ? "hidden" : "resumed");
        });
        on(win, "languagechange", () => this.localesChanged());
        this.cleanups.push(
            this.session.theme.onSystemChange((brightness) => {
                const page = this.session.page;
                this.session.refreshTheme();
                if (!page) return;
                this.session.update(page, { platform_brightness: brightness });
                this.session.triggerAlways(page, "platform_brightness_change", brightness);
            }),
        );
    }

    uninstall(): void {
        this.listenToKeys(false);
        for (const cleanup of this.cleanups) cleanup();
        this.cleanups = [];
        this.resizeReport?.cancel();
        this.resizeReport = null;
    }

    /** Starts or stops the keyboard hook, as Flet's client does when page.on_keyboard_event changes. */
    listenToKeys(on: boolean): void {
        const win = this.session.win;
        if (on && !this.keyListener) {
            this.keyListener = (e) => {
                const page = this.session.page;
                const data = page && keyboardEventData(e);
                if (data) this.session.triggerAlways(page, "keyboard_event", data);
            };
            // Capturing, so the app hears every key press before (and whatever) the widgets do with it.
            win.addEventListener("keydown", this.keyListener, true);
        } else if (!on && this.keyListener) {
            win.removeEventListener("keydown", this.keyListener, true);
            this.keyListener = null;
        }
    }

    private lifecycleTo(state: LifecycleState): void {
        const page = this.session.page;
        for (const name of this.lifecycle.moveTo(state)) {
            if (page) this.session.triggerAlways(page, "app_lifecycle_state_change", { state: name });
        }
    }

    private localesChanged(): void {
        const { page, win } = this.session;
        if (!page) return;
        const tags = win.navigator.languages?.length ? win.navigator.languages : [win.navigator.language];
        this.session.trigger(page, "locale_change", { locales: tags.filter(Boolean).map(localeOf) });
    }

    /** Reports a new size (UpdateControl, then resize) and new media data (UpdateControl, then media_change). */
    private resized(): void {
        const { page, win } = this.session;
        if (!page) return;
        const width = win.innerWidth;
        const height = win.innerHeight;
        const media = mediaSnapshot(win);
        const mediaJson = JSON.stringify(plain(media));
        if (mediaJson !== this.media) {
            // Like Flet's client, media changes are reported before the size they come with.
            this.media = mediaJson;
            this.session.update(page, { media });
            this.session.triggerAlways(page, "media_change", media);
        }
        if (page.props.width === width && page.props.height === height) return;
        this.session.update(page, { width: f64(width), height: f64(height) });
        this.session.triggerAlways(page, "resize", { width: f64(width), height: f64(height) });
    }

    /**
     * Reports a new route: UpdateControl {route}, then route_change. When the browser's history moved to the
     * route of the view under the top one, the top view pops first (view_pop between the two), or, if it must
     * confirm, the address bar goes back to its route and nothing changes until the app answers.
     */
    private routeChanged(fromHistory: boolean): void {
        const { page, win, config } = this.session;
        if (!page) return;
        const route = currentRoute(win.location, config);
        if (route === page.props.route) return;
        const report = () => this.session.update(page, { route });
        if (!fromHistory || !(page.view instanceof Widget)) report();
        else if (!historyMoved(page.view, route, report)) {
            win.history.pushState(null, "", routeUrl(String(page.props.route ?? "/"), win.location, config));
            return;
        }
        this.session.triggerAlways(page, "route_change", { route });
    }

    /** Answers an InvokeControlMethod request with exactly {control_id, call_id, result, error}. */
    invoke(body: Record<string, unknown>): void {
        const { control_id: controlId, call_id: callId, name } = body;
        const args = (body.args ?? {}) as Record<string, unknown>;
        const control = typeof controlId === "number" ? this.session.tree.get(controlId) : undefined;
        const answer = (result: unknown, error: string | null) =>
            this.session.send(Action.invokeControlMethod, { control_id: controlId, call_id: callId, result, error });
        const failed = (e: unknown) => answer(null, (e as Error)?.message ?? String(e));
        let result: unknown;
        try {
            if (!control) throw new Error(`Calling ${name} method of inexistent control: ${preview(controlId)}`);
            result = this.call(control, String(name), args);
        } catch (e) {
            return failed(e);
        }
        // A method whose code loads as a chunk (scroll_to) answers once it has run.
        if (result instanceof Promise) result.then((r) => answer(r ?? null, null), failed);
        else answer(result, null);
    }

    private call(control: Control, name: string, args: Record<string, unknown>): unknown {
        if (control === this.session.page && name === "push_route") {
            const { win, config } = this.session;
            const route = typeof args.route === "string" && args.route !== "" ? args.route : "/";
            const url = routeUrl(route, win.location, config);
            // Like Flutter's router: navigating to the URL already shown replaces the entry instead of adding one,
            // so an app that answers a back-button view_pop by pushing the new top view's route keeps forward.
            if (url === win.location.pathname + win.location.search + win.location.hash)
                win.history.replaceState(null, "", url);
            else win.history.pushState(null, "", url);
            this.routeChanged(false);
            return null;
        }
        if (SERVICE_TYPES.has(control.type) || (control === this.session.page && name === "get_device_info")) {
            const win = this.session.win;
            return import("./services/index").then((m) => m.callService(control, name, args, win));
        }
        const method = control.view instanceof Widget ? control.view.def.methods?.[name] : undefined;
        if (method) return method(control.view as Widget, args) ?? null;
        if (name === "focus" && control.view instanceof Widget) {
            const el = control.view.el;
            (el.querySelector<HTMLElement>("input,textarea,button") ?? el).focus();
            return null;
        }
        throw new Error(`${control} has no method ${name} in this renderer`);
    }
}
