// What the client reports about the page on its own (flet-protocol.md §3.11, §3.12): size, route and
// brightness changes, plus the control methods the backend can invoke (§2.3.5, §3.14).
import { preview } from "./log";
import { Action } from "./protocol/frames";
import { f64 } from "./protocol/msgpack";
import { Widget } from "./render/widget";
import type { Session } from "./session";
import { currentRoute, mediaSnapshot, routeUrl } from "./snapshot";
import type { Control } from "./tree/control";

export class PageEvents {
    private cleanups: (() => void)[] = [];
    private resizeFrame = 0;

    constructor(private readonly session: Session) {}

    install(): void {
        const win = this.session.win;
        const on = (target: EventTarget, type: string, handler: () => void) => {
            target.addEventListener(type, handler);
            this.cleanups.push(() => target.removeEventListener(type, handler));
        };
        on(win, "resize", () => {
            if (this.resizeFrame) return;
            // One report per frame: a drag-resize fires far more often than the app can use.
            this.resizeFrame = win.requestAnimationFrame(() => {
                this.resizeFrame = 0;
                this.resized();
            });
        });
        const routeChanged = () => this.routeChanged();
        on(win, "popstate", routeChanged);
        on(win, "hashchange", routeChanged);
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
        for (const cleanup of this.cleanups) cleanup();
        this.cleanups = [];
        if (this.resizeFrame) this.session.win.cancelAnimationFrame(this.resizeFrame);
    }

    private resized(): void {
        const { page, win } = this.session;
        if (!page) return;
        const width = win.innerWidth;
        const height = win.innerHeight;
        if (page.props.width === width && page.props.height === height) return;
        this.session.update(page, { width: f64(width), height: f64(height), media: mediaSnapshot(win) });
        this.session.triggerAlways(page, "resize", { width: f64(width), height: f64(height) });
    }

    private routeChanged(): void {
        const { page, win, config } = this.session;
        if (!page) return;
        const route = currentRoute(win.location, config);
        if (route === page.props.route) return;
        this.session.update(page, { route });
        this.session.triggerAlways(page, "route_change", { route });
    }

    /** Answers an InvokeControlMethod request with exactly {control_id, call_id, result, error}. */
    invoke(body: Record<string, unknown>): void {
        const { control_id: controlId, call_id: callId, name } = body;
        const args = (body.args ?? {}) as Record<string, unknown>;
        const control = typeof controlId === "number" ? this.session.tree.get(controlId) : undefined;
        let result: unknown = null;
        let error: string | null = null;
        try {
            if (!control) throw new Error(`Calling ${name} method of inexistent control: ${preview(controlId)}`);
            result = this.call(control, String(name), args);
        } catch (e) {
            error = (e as Error).message ?? String(e);
        }
        this.session.send(Action.invokeControlMethod, { control_id: controlId, call_id: callId, result, error });
    }

    private call(control: Control, name: string, args: Record<string, unknown>): unknown {
        if (control === this.session.page && name === "push_route") {
            const { win, config } = this.session;
            const route = typeof args.route === "string" && args.route !== "" ? args.route : "/";
            win.history.pushState(null, "", routeUrl(route, win.location, config));
            this.routeChanged();
            return null;
        }
        if (name === "focus" && control.view instanceof Widget) {
            const el = control.view.el;
            (el.querySelector<HTMLElement>("input,textarea,button") ?? el).focus();
            return null;
        }
        throw new Error(`${control} has no method ${name} in this renderer`);
    }
}
