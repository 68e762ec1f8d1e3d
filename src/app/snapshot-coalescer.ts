import type { HostSnapshot, Ticker } from '../sim/host/engine-host';

/** What one frame delivers: the newest snapshot and how many events arrived since the last. */
export interface CoalescedFrame {
  readonly snapshot: HostSnapshot;
  readonly newEventCount: number;
  readonly wallMs: number;
}

export interface CoalescerOptions {
  /**
   * While the run goes on, deliveries at least this far apart (wall ms); 0 = every frame.
   * A paused, stepped or reset run is delivered on the next frame whatever this says.
   */
  readonly minRunningIntervalMs?: number;
}

/**
 * Turns a stream of engine snapshots into at most one delivery per animation frame: only the
 * newest snapshot is kept (older ones are superseded, not queued), with the count of events
 * the skipped ones carried. A new run id starts the count over.
 *
 * While running it may deliver less often than every frame: each delivery re-renders the
 * status bar, the badges and the log tail and lays the page out again, and at thousands of
 * events per second doing that 60 times a second left too little of the frame for the browser
 * (frames dropped while running). Counters read as well at 20 updates a second.
 */
export class SnapshotCoalescer {
  private latest: HostSnapshot | null = null;
  private newEventCount = 0;
  private cancelFrame: (() => void) | null = null;
  private lastDeliveredMs: number | null = null;
  private readonly minRunningIntervalMs: number;

  constructor(
    private readonly frames: Ticker,
    private readonly deliver: (frame: CoalescedFrame) => void,
    options: CoalescerOptions = {},
  ) {
    this.minRunningIntervalMs = options.minRunningIntervalMs ?? 0;
  }

  push(snapshot: HostSnapshot): void {
    if (this.latest && this.latest.runId !== snapshot.runId) this.newEventCount = 0;
    this.latest = snapshot;
    const { fromPosition, toPosition } = snapshot.newEvents;
    // Counted by positions: a worker's snapshot carries only the newest of its events.
    this.newEventCount += Math.max(0, toPosition - fromPosition + 1);
    this.cancelFrame ??= this.frames.requestTick((wallMs) => this.flush(wallMs));
  }

  dispose(): void {
    this.cancelFrame?.();
    this.cancelFrame = null;
    this.latest = null;
  }

  private flush(wallMs: number): void {
    this.cancelFrame = null;
    const snapshot = this.latest;
    if (!snapshot) return;
    if (snapshot.running && this.tooSoon(wallMs)) {
      this.cancelFrame = this.frames.requestTick((later) => this.flush(later));
      return;
    }
    this.lastDeliveredMs = wallMs;
    const newEventCount = this.newEventCount;
    this.latest = null;
    this.newEventCount = 0;
    this.deliver({ snapshot, newEventCount, wallMs });
  }

  private tooSoon(wallMs: number): boolean {
    return (
      this.lastDeliveredMs !== null && wallMs - this.lastDeliveredMs < this.minRunningIntervalMs
    );
  }
}
