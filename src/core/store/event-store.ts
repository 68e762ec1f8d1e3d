import type { EventEnvelope, StoredEvent } from '../messages/event';

/**
 * What the writer believes about the stream before appending:
 * `any` (no check), `noStream` (must not exist), `streamExists` (must exist), or the exact
 * current version n (the stream's last streamVersion; 0 means empty).
 */
export type ExpectedVersion = 'any' | 'noStream' | 'streamExists' | number;

export interface AppendOptions {
  readonly expectedVersion?: ExpectedVersion;
}

export interface AppendResult {
  /** The stream's version after the append: pass it as expectedVersion next time. */
  readonly nextExpectedVersion: number;
  /** The events this call stored, with their stream versions and global positions. */
  readonly appended: readonly StoredEvent[];
  /** Ids of events that were already stored (by an earlier call) and so were not stored again. */
  readonly skippedDuplicateIds: readonly string[];
}

export interface StoreSubscriptionHandlers {
  /** Receives every event from the start position on, in position order, exactly once. */
  readonly onEvent: (event: StoredEvent) => void;
  /** Called once when the catch-up read has reached the head and live delivery begins. */
  readonly onCaughtUp?: () => void;
  readonly onError?: (error: unknown) => void;
}

export interface StoreSubscription {
  /** Resolves when the subscription has delivered everything stored when it started. */
  readonly caughtUp: Promise<void>;
  close(): void;
}

/**
 * The event store port. Append contract:
 * - a batch is atomic: all of its new events are stored, or none;
 * - positions are global, 1-based, gap-free and monotonic; stream versions are 1-based, contiguous;
 * - an event whose id is already stored is skipped and reported, never stored twice;
 *   a retried batch whose every id is already stored succeeds without writing, whatever
 *   expectedVersion says (idempotent retry);
 * - otherwise a failed expectedVersion check raises ConcurrencyError and stores nothing;
 * - one id twice within a batch raises DuplicateEventInBatchError and stores nothing.
 */
export interface EventStore {
  append(
    streamId: string,
    events: readonly EventEnvelope[],
    options?: AppendOptions,
  ): Promise<AppendResult>;
  /** Events of one stream with streamVersion >= fromVersion (default 1), in version order. */
  readStream(streamId: string, fromVersion?: number, limit?: number): Promise<StoredEvent[]>;
  /** Up to `limit` events with position >= fromPosition (default 1), in position order. */
  readAll(fromPosition?: number, limit?: number): Promise<StoredEvent[]>;
  /** The stream's last version; 0 when the stream has no events. */
  streamVersion(streamId: string): Promise<number>;
  /** The position of the last stored event; 0 when the store is empty. */
  headPosition(): Promise<number>;
  /** Catches up from `fromPosition` (default 1), then delivers live appends in order. */
  subscribe(handlers: StoreSubscriptionHandlers, fromPosition?: number): StoreSubscription;
}
