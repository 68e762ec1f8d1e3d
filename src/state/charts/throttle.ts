/** Wall time and timers, injectable so tests decide when time passes. */
export interface ThrottleClock {
  now(): number;
  setTimer(callback: () => void, delayMs: number): () => void;
}

/** The page's clock: performance.now and setTimeout. */
export const pageClock: ThrottleClock = {
  now: () => performance.now(),
  setTimer: (callback, delayMs) => {
    const handle = setTimeout(callback, delayMs);
    return () => clearTimeout(handle);
  },
};

/**
 * Runs `work` at most once per `intervalMs` of wall time, leading and trailing: the first
 * request runs at once, requests inside the interval collapse into one run at its end, so the
 * last state is never left out (a paused run still gets its final sample).
 */
export class Throttle {
  private lastRunAt = Number.NEGATIVE_INFINITY;
  private cancelTimer: (() => void) | null = null;

  constructor(
    private readonly intervalMs: number,
    private readonly work: () => void,
    private readonly clock: ThrottleClock = pageClock,
  ) {}

  request(): void {
    if (this.cancelTimer) return;
    const wait = this.lastRunAt + this.intervalMs - this.clock.now();
    if (wait <= 0) this.run();
    else this.cancelTimer = this.clock.setTimer(() => this.run(), wait);
  }

  /** Drops a pending trailing run. */
  cancel(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  private run(): void {
    this.cancelTimer = null;
    this.lastRunAt = this.clock.now();
    this.work();
  }
}
