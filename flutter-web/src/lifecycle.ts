// App lifecycle on the web, as Flet's client reports it (flet-protocol.md §3.11): Flutter's web engine
// turns browser events into AppLifecycleState (visible → resumed, window blur → inactive, hidden →
// hidden), the framework walks through every state in between (ServicesBinding), and Flet names the
// AppLifecycleListener callback each step fires: show, resume, hide, inactive, pause, detach, restart.
// The engine never reports paused; we add it for pagehide (the page may go into the back/forward
// cache), so coming back from there is restart, show, resume.

export type LifecycleState = "detached" | "resumed" | "inactive" | "hidden" | "paused";

// Flutter's AppLifecycleState declaration order, which the transitions walk.
const ORDER: LifecycleState[] = ["detached", "resumed", "inactive", "hidden", "paused"];

/** The states the framework passes through from `from` to `to` (ServicesBinding._generateStateTransitions). */
export function transitions(from: LifecycleState, to: LifecycleState): LifecycleState[] {
    if (from === to) return [];
    const a = ORDER.indexOf(from);
    const b = ORDER.indexOf(to);
    if (to === "detached") return [...ORDER.slice(a + 1), "detached"];
    return a > b ? ORDER.slice(b, a).reverse() : ORDER.slice(a + 1, b + 1);
}

/** The AppLifecycleListener callback (Flet's state name) for a step, or null when none fires. */
export function callbackName(previous: LifecycleState, state: LifecycleState): string | null {
    switch (state) {
        case "resumed":
            return "resume";
        case "inactive":
            return previous === "hidden" ? "show" : previous === "resumed" ? "inactive" : null;
        case "hidden":
            return previous === "paused" ? "restart" : previous === "inactive" ? "hide" : null;
        case "paused":
            return previous === "hidden" ? "pause" : null;
        case "detached":
            return "detach";
    }
}

export class Lifecycle {
    constructor(public state: LifecycleState) {}

    /** Moves to `to` and returns the Flet state names to report, in order. */
    moveTo(to: LifecycleState): string[] {
        const names: string[] = [];
        for (const step of transitions(this.state, to)) {
            const name = callbackName(this.state, step);
            if (name) names.push(name);
            this.state = step;
        }
        return names;
    }
}
