// A trailing-edge throttle for bursts of browser events (window resize): the first call after a quiet
// period runs at once (on the next task), calls during a burst run at most once per interval, and the
// last call of a burst always runs, so the final state is never lost. Flet's client debounces page size
// reports by 100 ms; a throttle with the same interval keeps the app informed while a drag goes on.

export interface Clock {
    now(): number;
    setTimeout(run: () => void, ms: number): number;
    clearTimeout(id: number): void;
}

export interface Throttled {
    /** Asks for a run; it happens at most once per interval, and always after the last request. */
    (): void;
    /** Drops a pending run. */
    cancel(): void;
}

/** Wraps `run` so that it runs at most once per `intervalMs`, trailing: the last request is always served. */
export function throttle(run: () => void, intervalMs: number, clock: Clock): Throttled {
    if (!(intervalMs >= 0)) throw new Error(`throttle interval must be >= 0 ms, got ${intervalMs}`);
    let timer = 0;
    let last = -Infinity;
    const fire = () => {
        timer = 0;
        last = clock.now();
        run();
    };
    const request = (() => {
        if (timer) return;
        timer = clock.setTimeout(fire, Math.max(0, last + intervalMs - clock.now()));
    }) as Throttled;
    request.cancel = () => {
        if (timer) clock.clearTimeout(timer);
        timer = 0;
    };
    return request;
}
