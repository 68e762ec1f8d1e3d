import type { StoredEvent } from '../../core/messages/event';
import { RECENT_EVENTS_FOR_PAGE } from '../../sim/host/engine-host';

/** Receives each batch of new events as it arrives, with the run it belongs to. */
export type RecentEventsListener = (events: readonly StoredEvent[], runId: number) => void;

/**
 * The newest events of the run, kept outside the reactive store (thousands of events a second
 * would otherwise mean thousands of state copies). Panels read `list()` or subscribe; the full
 * history lives in the durable log.
 */
export class RecentEvents {
  private items: StoredEvent[] = [];
  private runId: number | null = null;
  private readonly listeners = new Set<RecentEventsListener>();

  constructor(readonly capacity = RECENT_EVENTS_FOR_PAGE) {}

  /** Adds a batch; a new run id starts over. */
  push(runId: number, events: readonly StoredEvent[]): void {
    if (runId !== this.runId) {
      this.runId = runId;
      this.items = [];
    }
    if (events.length === 0) return;
    this.items.push(...events.slice(-this.capacity));
    // Trim in bulk, not per event: the buffer may grow to twice the capacity between trims.
    if (this.items.length > this.capacity * 2) this.items = this.items.slice(-this.capacity);
    for (const listener of [...this.listeners]) listener(events, runId);
  }

  /** The newest events, oldest first, at most `capacity`. */
  list(): readonly StoredEvent[] {
    return this.items.length > this.capacity ? this.items.slice(-this.capacity) : [...this.items];
  }

  /** The run the buffered events belong to (null before the first batch). */
  get currentRunId(): number | null {
    return this.runId;
  }

  subscribe(listener: RecentEventsListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
