import type { HostSnapshot, Ticker } from '../sim/host/engine-host';

/** What one frame delivers: the newest snapshot and how many events arrived since the last. */
export interface CoalescedFrame {
  readonly snapshot: HostSnapshot;
  readonly newEventCount: number;
  readonly wallMs: number;
}

/**
 * Turns a stream of engine snapshots into at most one delivery per animation frame: only the
 * newest snapshot is kept (older ones are superseded, not queued), with the count of events
 * the skipped ones carried. A new run id starts the count over.
 */
export class SnapshotCoalescer {
  private latest: HostSnapshot | null = null;
  private newEventCount = 0;
  private cancelFrame: (() => void) | null = null;

  constructor(
    private readonly frames: Ticker,
    private readonly deliver: (frame: CoalescedFrame) => void,
  ) {}

  push(snapshot: HostSnapshot): void {
    if (this.latest && this.latest.runId !== snapshot.runId) this.newEventCount = 0;
    this.latest = snapshot;
    this.newEventCount += snapshot.newEvents.events.length;
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
    const newEventCount = this.newEventCount;
    this.latest = null;
    this.newEventCount = 0;
    this.deliver({ snapshot, newEventCount, wallMs });
  }
}
