import type { Clock } from '../time/clock';
import { describeError } from './describe-error';

/** An event a subscriber could not handle, parked for inspection and redrive. */
export interface DeadLetter<E> {
  readonly event: E;
  /** The subscription (consumer/handler name) that failed; with the event id it names the entry. */
  readonly subscription: string;
  /** Message of the most recent failure. */
  readonly lastError: string;
  /** Delivery attempts so far, including failed redrives. */
  readonly attempts: number;
  readonly firstFailedAt: number;
  readonly lastFailedAt: number;
}

export interface FailureRecord<E> {
  readonly event: E;
  readonly subscription: string;
  readonly error: unknown;
  /** Attempts this failure stands for (e.g. a retry policy's total); default 1. */
  readonly attempts?: number;
  /** When the first of those attempts failed; defaults to now. */
  readonly firstFailedAt?: number;
}

/**
 * Where a delivery that used up its attempts is handed: the DeadLetterQueue below, or an engine
 * that routes it on (the simulator's consumer hands it to its Dead Letter Queue components, see
 * src/sim/components/consumer/dead-letter-handoff.ts). A retry loop always knows how many
 * attempts the failure stands for and when the first one failed, so both are given.
 */
export interface DeadLetterSink<E> {
  record(failure: Required<FailureRecord<E>>): void;
}

/** Re-invokes the subscriber for a dead letter; throwing means it failed again. */
export type Redeliver<E> = (event: E, subscription: string) => void;

export type RedriveResult = 'delivered' | 'failed' | 'not-found';

/**
 * Dead-letter queue keyed by (subscription, event id), listed in order of first failure
 * (seed: DeadLetterQueue). Times come from the injected clock. Entries are immutable: an
 * update replaces the entry object.
 */
export class DeadLetterQueue<E extends { readonly id: string }> implements DeadLetterSink<E> {
  private readonly entries = new Map<string, DeadLetter<E>>();

  constructor(private readonly clock: Clock) {}

  get size(): number {
    return this.entries.size;
  }

  /** Parks a failure; a second failure of the same event and subscription adds to its entry. */
  record(failure: FailureRecord<E>): DeadLetter<E> {
    const key = keyOf(failure.event.id, failure.subscription);
    const now = this.clock.now();
    const existing = this.entries.get(key);
    const entry: DeadLetter<E> = Object.freeze({
      event: failure.event,
      subscription: failure.subscription,
      lastError: describeError(failure.error),
      attempts: (existing?.attempts ?? 0) + (failure.attempts ?? 1),
      firstFailedAt: existing?.firstFailedAt ?? failure.firstFailedAt ?? now,
      lastFailedAt: now,
    });
    this.entries.set(key, entry);
    return entry;
  }

  /** Every entry, oldest first (a snapshot: later changes do not show in it). */
  list(): DeadLetter<E>[] {
    return [...this.entries.values()];
  }

  find(eventId: string, subscription: string): DeadLetter<E> | undefined {
    return this.entries.get(keyOf(eventId, subscription));
  }

  /** Redelivers one entry: removed when `redeliver` returns, kept with one more attempt when it throws. */
  retry(eventId: string, subscription: string, redeliver: Redeliver<E>): RedriveResult {
    const key = keyOf(eventId, subscription);
    const entry = this.entries.get(key);
    if (entry === undefined) return 'not-found';
    try {
      redeliver(entry.event, entry.subscription);
    } catch (error) {
      this.record({ event: entry.event, subscription: entry.subscription, error });
      return 'failed';
    }
    // If redelivery dead-lettered the event again (e.g. through a retrying handler), the entry
    // was replaced meanwhile and must stay.
    if (this.entries.get(key) !== entry) return 'failed';
    this.entries.delete(key);
    return 'delivered';
  }

  /** Drops an entry for good; false if there was none. */
  discard(eventId: string, subscription: string): boolean {
    return this.entries.delete(keyOf(eventId, subscription));
  }
}

// JSON of the pair cannot collide, whatever characters the names contain.
function keyOf(eventId: string, subscription: string): string {
  return JSON.stringify([subscription, eventId]);
}
