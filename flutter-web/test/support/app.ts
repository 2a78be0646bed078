// Runs a Session against a fake bridge that records what the renderer sends, in happy-dom.
import { decodeFrame, encodeFrame } from "../../src/protocol/frames";
import { IconLibrary } from "../../src/icons/icons";
import { type Bridge, Session } from "../../src/session";
import { iconTable } from "../../scripts/icons.mjs";
import { SYMBOLS_PATH } from "../../scripts/fonts.mjs";
import { readLigatures } from "../../scripts/woff2-ligatures.mjs";
import { loadAllFamilies } from "../../src/widgets/lazy";
import { backendFrames, SHARED_DIR } from "./transcripts";

let tables: Record<string, unknown> | undefined;
const loadTable = async (set: string) => {
    if (!tables) {
        const ligatures = readLigatures(SYMBOLS_PATH);
        tables = {
            material: JSON.parse(iconTable(SHARED_DIR, "material", ligatures).json),
            cupertino: JSON.parse(iconTable(SHARED_DIR, "cupertino", ligatures).json),
        };
    }
    return tables[set] as any;
};

export class FakeApp implements Bridge {
    onMessage: (packet: Uint8Array) => void = () => {};
    sent: { action: number; body: any }[] = [];
    packets: Uint8Array[] = [];
    connectedWith: unknown[] = [];

    async jsConnect(appId: string, args: object, onMessage: (packet: Uint8Array) => void): Promise<void> {
        this.connectedWith = [appId, args];
        this.onMessage = onMessage;
    }

    jsSend(_appId: string, packet: Uint8Array): void {
        this.packets.push(packet);
        this.sent.push(decodeFrame(packet)!);
    }

    /** The messages sent after the RegisterClient request, then forgets them. */
    take(): { action: number; body: any }[] {
        const out = this.sent.filter((m) => m.action !== 1);
        this.sent = this.sent.filter((m) => m.action === 1);
        return out;
    }
}

/** Packets a client sends before any of its own: RegisterClient, then the boot brightness report (§1.3 step 4). */
export const BOOT_PACKETS = 3;

export async function startApp(options: { wasm?: boolean } = {}) {
    // The lazily loaded control families are registered up front, so patches apply synchronously in tests.
    await loadAllFamilies();
    document.body.innerHTML = '<div id="app">Loading…</div>';
    const root = document.getElementById("app")!;
    const app = new FakeApp();
    const session = new Session(
        { root, wasm: options.wasm ?? false, appId: "test-app" },
        window,
        app,
        new IconLibrary(loadTable),
    );
    await session.connect();
    return { root, app, session };
}

/** Feeds a transcript's backend frames to the renderer, one by one. */
export function* replay(app: FakeApp, name: string): Generator<number> {
    const packets = backendFrames(name);
    for (let i = 0; i < packets.length; i++) {
        app.onMessage(packets[i]);
        yield i;
    }
}

export const byId = (root: HTMLElement, id: number): HTMLElement =>
    root.querySelector(`[data-flet-id="${id}"]`) as HTMLElement;

/** A PatchControl packet for control `id`. */
export const patch = (id: number, ops: unknown[]) => encodeFrame(2, { id, patch: ops });

/** Starts the hello app, then replaces the first view's controls (and sets `pageProps` on the page). */
export async function startWith(controls: unknown[], pageProps: Record<string, unknown> = {}) {
    const started = await startApp();
    for (const _ of replay(started.app, "hello"));
    started.app.onMessage(
        patch(1, [
            [0, { views: [1, new Map([[0, [2]]])] }],
            [0, 2, "controls", controls],
            ...Object.entries(pageProps).map(([k, v]) => [0, 0, k, v]),
        ]),
    );
    started.app.take();
    return started;
}
