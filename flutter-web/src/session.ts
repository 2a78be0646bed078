// One connection to the app: jsConnect, the RegisterClient handshake, the send queue (flet-protocol.md
// §2.4), and dispatch of backend messages. Nothing thrown while handling a message escapes onMessage.
import { IconLibrary } from "./icons/icons";
import { preview, warnOnce } from "./log";
import { ErrorBanner } from "./error-banner";
import { PageEvents } from "./page-events";
import { Action, decodeFrame, encodeFrame, type Message } from "./protocol/frames";
import { applyPatch } from "./protocol/patch";
import { type RenderContext, Renderer } from "./render/renderer";
import { Widget } from "./render/widget";
import { pageName, pageSnapshot, plain, type RouteConfig } from "./snapshot";
import { ThemeController } from "./theme/theme";
import { Control, getProp, isRecord, setProp } from "./tree/control";
import { ControlTree } from "./tree/control-tree";
import { loadPalette, needsPalette } from "./values/palette";
import { loadFamilies, missingFamilies } from "./widgets/lazy";
import { PLACEHOLDER } from "./widgets/page";
import { REGISTRY } from "./widgets/registry";
import { addClass } from "./render/classes";

export interface Bridge {
    jsConnect(appId: string, args: object, onMessage: (packet: Uint8Array) => void): Promise<void> | void;
    jsSend(appId: string, packet: Uint8Array): void;
    jsDisconnect?(appId: string): void;
}

export interface SessionOptions {
    root: HTMLElement;
    wasm: boolean;
    appId: string;
    config?: RouteConfig;
}

const SESSION_KEY = "_flet_session_id";

export class Session implements RenderContext {
    readonly tree = new ControlTree();
    readonly renderer: Renderer;
    readonly theme: ThemeController;
    readonly config: RouteConfig;
    page: Control | null = null;
    private snapshot: Record<string, unknown> = {};
    private loading = true;
    private queue: Uint8Array[] = [];
    /** Backend messages waiting for control chunks (widgets/lazy.ts), theme chunks or the palette, in order. */
    private held: Message[] = [];
    private readonly banner: ErrorBanner;
    private readonly events: PageEvents;

    constructor(
        readonly options: SessionOptions,
        readonly win: Window,
        private readonly bridge: Bridge,
        readonly icons = new IconLibrary(),
    ) {
        this.config = options.config ?? {};
        addClass(options.root, "flet-root");
        this.theme = new ThemeController(options.root, win);
        this.theme.refresh();
        this.renderer = new Renderer(options.root, REGISTRY, this, PLACEHOLDER);
        this.tree.listener = this.renderer;
        this.tree.newControl = this.renderer.newControl;
        this.banner = new ErrorBanner(options.root);
        this.events = new PageEvents(this);
    }

    async connect(): Promise<void> {
        if (typeof this.bridge.jsConnect !== "function") {
            throw new Error("jsConnect is not defined: the app's main() must run before the renderer starts");
        }
        await this.bridge.jsConnect(this.options.appId, {}, (packet) => this.onMessage(packet));
        let sessionId: string | null = null;
        try {
            sessionId = this.win.sessionStorage?.getItem(SESSION_KEY) ?? null;
        } catch {
            // Storage can be blocked (privacy settings, sandboxed frames); a new session is fine.
        }
        const page = pageSnapshot(this.win, {
            wasm: this.options.wasm,
            brightness: this.theme.systemBrightness(),
            config: this.config,
        });
        // The bridge may answer inside jsSend, so everything the answer needs is ready before sending.
        this.snapshot = plain(page) as Record<string, unknown>;
        this.events.install();
        this.send(Action.registerClient, { session_id: sessionId, page_name: pageName(this.win.location), page });
        // Flet's client reports the brightness once during boot, queued until the registration is answered
        // (flet-protocol.md §1.3 step 4, Appendix A step 4): the page is control 1.
        const brightness = this.theme.systemBrightness();
        this.send(Action.updateControl, { id: 1, props: { platform_brightness: brightness } });
        this.send(Action.controlEvent, { target: 1, name: "platform_brightness_change", data: brightness });
    }

    stop(): void {
        this.events.uninstall();
        this.bridge.jsDisconnect?.(this.options.appId);
    }

    send(action: number, body: unknown): void {
        const packet = encodeFrame(action, body);
        if (this.loading && action !== Action.registerClient) this.queue.push(packet);
        else this.bridge.jsSend(this.options.appId, packet);
    }

    trigger(control: Control, name: string, data: unknown = null): void {
        if (getProp(control, `on_${name}`) !== true) return;
        if (control.view instanceof Widget && control.view.effectivelyDisabled) return;
        this.send(Action.controlEvent, { target: control.id, name, data });
    }

    /** Sends an event the client reports whether or not a handler is set (page events, §3.7). */
    triggerAlways(control: Control, name: string, data: unknown): void {
        this.send(Action.controlEvent, { target: control.id, name, data });
    }

    control(id: number): Control | undefined {
        return this.tree.get(id);
    }

    listenToKeys(on: boolean): void {
        this.events.listenToKeys(on);
    }

    update(control: Control, props: Record<string, unknown>): void {
        for (const key in props) setProp(control, key, plain(props[key]));
        this.send(Action.updateControl, { id: control.id, props });
    }

    refreshTheme(): void {
        this.theme.refresh();
    }

    setThemeScope(w: Widget): void {
        this.theme.setScope(w);
    }

    assetUrl(path: string): string {
        const base = this.config.baseUrl ?? "/";
        const origin = this.win.location?.origin;
        const root = new URL(
            base.endsWith("/") ? base : `${base}/`,
            origin && origin !== "null" ? origin : "http://localhost",
        );
        return new URL(path.replace(/^\/+/, ""), root).href;
    }

    onMessage(packet: Uint8Array): void {
        let message: Message | null;
        try {
            message = decodeFrame(packet);
        } catch (e) {
            return warnOnce(`a message from the app could not be handled: ${(e as Error)?.message ?? e}`);
        }
        if (!message) return;
        // A message naming controls of a family not loaded yet waits for its chunk and stylesheet, one naming a
        // palette colour for the palette's sheet, and so does every later message, so they still apply in order.
        if (
            this.held.length ||
            missingFamilies(message.body).size ||
            this.theme.missing(message.body).size ||
            needsPalette(message.body)
        ) {
            this.held.push(message);
            if (this.held.length === 1) void this.releaseHeld();
            return;
        }
        this.handle(message);
    }

    private async releaseHeld(): Promise<void> {
        while (this.held.length) {
            const body = this.held[0].body;
            const missing = missingFamilies(body);
            const palette = needsPalette(body);
            if (missing.size || palette) await Promise.all([loadFamilies(missing), palette && loadPalette()]);
            // A theme waits for its chunks, so the page never shows the default colours first.
            const themeParts = this.theme.missing(body);
            if (themeParts.size) await this.theme.load(themeParts);
            this.handle(this.held.shift()!);
        }
    }

    private handle(message: Message): void {
        try {
            this.dispatch(message.action, message.body);
        } catch (e) {
            warnOnce(`a message from the app could not be handled: ${(e as Error)?.message ?? e}`);
        }
    }

    private dispatch(action: number, body: unknown): void {
        if (action !== Action.registerClient && action !== Action.pythonOutput && !isRecord(body)) {
            warnOnce(`message with action ${action} has body ${preview(body)}, not a map; ignored`);
            return;
        }
        switch (action) {
            case Action.registerClient:
                return this.registered(body);
            case Action.patchControl: {
                const b = body as Record<string, unknown>;
                const control = typeof b.id === "number" ? this.tree.get(b.id) : undefined;
                if (!control) return warnOnce(`PatchControl for unknown control id ${preview(b.id)}; ignored`);
                return applyPatch(this.tree, control, b.patch);
            }
            case Action.invokeControlMethod:
                return this.events.invoke(body as Record<string, unknown>);
            case Action.sessionCrashed:
                return this.banner.show(String((body as Record<string, unknown>).message ?? ""));
            case Action.pythonOutput: {
                const b = isRecord(body) ? body : {};
                console.log(`${b.is_stderr ? "[stderr] " : ""}${String(b.text ?? "").replace(/\n$/, "")}`);
                return;
            }
        }
        warnOnce(`message with unknown action ${action} ignored`);
    }

    private registered(body: unknown): void {
        if (!isRecord(body)) return warnOnce(`RegisterClient response ${preview(body)} is not a map; ignored`);
        if (typeof body.session_id === "string") {
            try {
                this.win.sessionStorage?.setItem(SESSION_KEY, body.session_id);
            } catch {
                // See connect(): without storage each load is a new session.
            }
        }
        if (isRecord(body.page_patch)) this.mergePage(body.page_patch);
        else warnOnce(`RegisterClient response has no page_patch map (${preview(body.page_patch)})`);
        if (typeof body.error === "string" && body.error !== "") this.banner.show(body.error);
        this.loading = false;
        const queued = this.queue;
        this.queue = [];
        for (const packet of queued) this.bridge.jsSend(this.options.appId, packet);
    }

    private mergePage(patch: Record<string, unknown>): void {
        if (!this.page) {
            const page = this.tree.materialize({ ...this.snapshot, _c: "Page", _i: 1 }, null) as Control;
            this.tree.merge(page, patch);
            this.page = page;
            this.theme.page = page;
            this.theme.refresh();
            const w = this.renderer.mount(page, null);
            this.options.root.replaceChildren(w.el);
            this.banner.reattach();
        } else {
            this.tree.merge(this.page, patch);
        }
    }
}
