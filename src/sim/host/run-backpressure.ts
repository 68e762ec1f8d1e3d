import type { StoredEvent } from '../../core/messages/event';
import { type UnsavedLimit, UnsavedWindow } from './unsaved-window';

/**
 * The two windows that hold a run back: events not yet saved (acknowledged by the archive) and
 * events not yet drawn (acknowledged by the page's frames). The run makes events only while
 * neither is full; the one that filled is the one the status bar names.
 */
export class RunBackpressure {
  private readonly unsaved = new UnsavedWindow();
  private readonly unshown = new UnsavedWindow();

  limitSaving(limit: UnsavedLimit | null): void {
    this.unsaved.configure(limit);
  }

  acknowledgeSaved(runId: number, position: number): void {
    this.unsaved.acknowledge(runId, position);
  }

  limitScreen(events: number | null): void {
    this.unshown.configure(events === null ? null : { events, bytes: Number.POSITIVE_INFINITY });
  }

  acknowledgeShown(runId: number, position: number): void {
    this.unshown.acknowledge(runId, position);
  }

  startRun(runId: number): void {
    this.unsaved.startRun(runId);
    this.unshown.startRun(runId);
  }

  /**
   * Whether the run of `made` events must wait at wall time `wallMs`; a wait is noted on the
   * window that filled (saving's first), which the status bar then names for a second.
   */
  mustWait(made: number, wallMs: number): boolean {
    const filled = this.unsaved.isFull(made)
      ? this.unsaved
      : this.unshown.isFull(made)
        ? this.unshown
        : null;
    filled?.noteWait(wallMs);
    return filled !== null;
  }

  heldBySaving(wallMs: number): boolean {
    return this.unsaved.waitedRecently(wallMs);
  }

  heldByScreen(wallMs: number): boolean {
    return this.unshown.waitedRecently(wallMs);
  }

  /** Events handed out in a snapshot (saving's byte estimate samples them). */
  measure(events: readonly StoredEvent[]): void {
    this.unsaved.measure(events);
  }
}
