import type { StoredEvent } from '../../../core/messages/event';
import { entryKeyOf, subscriptionOf } from './dead-letter-entry';

/** A delivery waiting in a Dead Letter Queue, as its stream of events tells it. */
export interface ParkedLetter {
  /** The entry key the engine's redrive takes (subscription + event id). */
  readonly key: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly subscriberId: string;
  /** The bus it came through ('' for a direct connection: it cannot be redriven). */
  readonly busId: string;
  readonly attempts: number;
  readonly lastError: string;
  /** Virtual ms it was first parked (a redriven letter that fails again keeps its place). */
  readonly parkedAt: number;
  /** Virtual ms of its latest park. */
  readonly lastParkedAt: number;
  readonly correlationId: string | undefined;
}

/** The stream a Dead Letter Queue component records its changes in. */
export function deadLetterStreamId(dlqId: string): string {
  return `dlq-${dlqId}`;
}

interface LetterData {
  readonly eventId?: unknown;
  readonly eventType?: unknown;
  readonly subscriberId?: unknown;
  readonly busId?: unknown;
  readonly attempts?: unknown;
  readonly lastError?: unknown;
}

/**
 * What a Dead Letter Queue holds, folded one event of its stream at a time: each
 * `deadletter.added` parks a letter, `deadletter.redriven` and `deadletter.discarded` take it
 * out. A fold of the log, so it holds for a stored run, a point in time travel and an imported
 * log alike.
 */
export class ParkedLetterFold {
  private readonly parked = new Map<string, ParkedLetter>();

  /** Folds the next event of the queue's stream; says whether the queue changed. */
  add(event: StoredEvent): boolean {
    const data = (event.data ?? {}) as LetterData;
    const eventId = String(data.eventId ?? '');
    const subscriberId = String(data.subscriberId ?? '');
    const busId = String(data.busId ?? '');
    const key = entryKeyOf(subscriptionOf({ busId, subscriberId }), eventId);
    if (event.type === 'deadletter.added') {
      // A letter parked again while still held keeps its place (Map.set on a known key does),
      // as the queue keeps a known entry's.
      const earlier = this.parked.get(key);
      this.parked.set(key, {
        key,
        eventId,
        eventType: String(data.eventType ?? ''),
        subscriberId,
        busId,
        attempts: Number(data.attempts ?? 0),
        lastError: String(data.lastError ?? ''),
        parkedAt: earlier?.parkedAt ?? event.time,
        lastParkedAt: event.time,
        correlationId: event.correlationId,
      });
      return true;
    }
    if (event.type === 'deadletter.redriven' || event.type === 'deadletter.discarded') {
      return this.parked.delete(key);
    }
    return false;
  }

  /** The letters held now, oldest first, as the queue lists them. */
  letters(): ParkedLetter[] {
    return [...this.parked.values()];
  }
}

/** What a Dead Letter Queue holds after `events` (its stream, in order). */
export function parkedLetters(events: readonly StoredEvent[]): ParkedLetter[] {
  const fold = new ParkedLetterFold();
  for (const event of events) fold.add(event);
  return fold.letters();
}
