import type { StoredEvent } from '../../core/messages/event';

/** How far the engine may run ahead of what the page has saved. */
export interface UnsavedLimit {
  /** Events made and not yet acknowledged as saved. */
  readonly events: number;
  /** The same, in (estimated) bytes of serialised events. */
  readonly bytes: number;
}

/** Every how many events one is serialised to estimate the bytes of the rest. */
const SAMPLE_EVERY = 64;

/** Wall ms after the last wait for saving during which the run counts as held back. */
const HELD_DISPLAY_MS = 1000;

/**
 * Backpressure from storage to the engine: a bounded window of events made and not yet saved.
 * The archive acknowledges the position it has stored for a run; while the window is full the host
 * does not advance virtual time. Without a limit (tests, the CLI, a page that cannot save) the
 * window never fills. Bytes are estimated from a sample of the events handed out, because
 * serialising every event to count it would cost the engine as much as making it.
 */
export class UnsavedWindow {
  private limit: UnsavedLimit | null = null;
  private runId = 0;
  private saved = 0;
  private sampledBytes = 0;
  private sampledEvents = 0;
  private sinceSample = 0;
  private lastWaitWallMs: number | null = null;

  /** Sets the window (null lifts it: nothing will wait for saving). */
  configure(limit: UnsavedLimit | null): void {
    this.limit = limit;
  }

  /** A new run: nothing of it is saved yet. */
  startRun(runId: number): void {
    this.runId = runId;
    this.saved = 0;
    this.lastWaitWallMs = null;
  }

  /** The run stopped to wait for saving at wall time `wallMs`. */
  noteWait(wallMs: number): void {
    this.lastWaitWallMs = wallMs;
  }

  /** Whether the run waited for saving within the last second before `wallMs` (for the status bar). */
  waitedRecently(wallMs: number): boolean {
    return this.lastWaitWallMs !== null && wallMs - this.lastWaitWallMs < HELD_DISPLAY_MS;
  }

  /** The archive has saved the run's log through `position` (an older run's word is ignored). */
  acknowledge(runId: number, position: number): void {
    if (runId === this.runId) this.saved = Math.max(0, position);
  }

  /** Events handed out in a snapshot: a few are measured for the byte estimate. */
  measure(events: readonly StoredEvent[]): void {
    for (const event of events) {
      this.sinceSample += 1;
      if (this.sinceSample < SAMPLE_EVERY) continue;
      this.sinceSample = 0;
      this.sampledBytes += JSON.stringify(event).length;
      this.sampledEvents += 1;
    }
  }

  /** Events the run has made through `made` that the archive has not acknowledged as saved. */
  unsaved(made: number): number {
    return Math.max(0, made - this.saved);
  }

  /** True while the run may not make more events: the window is full by count or by bytes. */
  isFull(made: number): boolean {
    if (!this.limit) return false;
    const unsaved = this.unsaved(made);
    return unsaved >= this.limit.events || unsaved * this.bytesPerEvent() >= this.limit.bytes;
  }

  private bytesPerEvent(): number {
    return this.sampledEvents === 0 ? 0 : this.sampledBytes / this.sampledEvents;
  }
}
