import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { throttle, type Clock } from "../src/throttle";

const clock: Clock = {
    now: () => Date.now(),
    setTimeout: (run, ms) => setTimeout(run, ms) as unknown as number,
    clearTimeout: (id) => clearTimeout(id),
};

describe("throttle", () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it("runs the first request of a quiet period on the next task", () => {
        const run = vi.fn();
        const request = throttle(run, 100, clock);
        request();
        expect(run).not.toHaveBeenCalled();
        vi.advanceTimersByTime(0);
        expect(run).toHaveBeenCalledTimes(1);
    });

    it("runs a burst at most once per interval and always after its last request", () => {
        const seen: number[] = [];
        let size = 0;
        const request = throttle(() => seen.push(size), 100, clock);
        // 30 requests 10 ms apart: 300 ms of resizing.
        for (let i = 1; i <= 30; i++) {
            size = i;
            request();
            vi.advanceTimersByTime(10);
        }
        vi.advanceTimersByTime(1000);
        expect(seen[seen.length - 1]).toBe(30);
        expect(seen.length).toBeGreaterThanOrEqual(3);
        expect(seen.length).toBeLessThanOrEqual(5);
        expect(seen).toEqual([...seen].sort((a, b) => a - b));
    });

    it("keeps the interval between runs", () => {
        const times: number[] = [];
        const request = throttle(() => times.push(Date.now()), 100, clock);
        for (let i = 0; i < 50; i++) {
            request();
            vi.advanceTimersByTime(7);
        }
        vi.advanceTimersByTime(500);
        for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(100);
    });

    it("runs again at once after a quiet interval", () => {
        const run = vi.fn();
        const request = throttle(run, 100, clock);
        request();
        vi.advanceTimersByTime(0);
        vi.advanceTimersByTime(250);
        request();
        vi.advanceTimersByTime(0);
        expect(run).toHaveBeenCalledTimes(2);
    });

    it("drops a pending run when cancelled", () => {
        const run = vi.fn();
        const request = throttle(run, 100, clock);
        request();
        request.cancel();
        vi.advanceTimersByTime(500);
        expect(run).not.toHaveBeenCalled();
    });

    it("rejects a negative interval", () => {
        expect(() => throttle(() => {}, -1, clock)).toThrow("throttle interval must be >= 0 ms, got -1");
    });
});
