import type { EventEnvelope, StoredEvent } from '../messages/event';
import { planAppend } from './append-plan';
import { deepFreeze } from './deep-freeze';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  StoreSubscription,
  StoreSubscriptionHandlers,
} from './event-store';
import { InMemorySubscription } from './in-memory-subscription';

/**
 * The EventStore port held in memory: the simulator's store and the twin the IndexedDB store is
 * tested against. Every method has a synchronous form (`appendSync`, ...) because the simulator
 * steps synchronously; the async port methods delegate to them, so both see one behaviour.
 *
 * Layout: one array for the global log (index = position - 1), one array per stream
 * (index = streamVersion - 1) and a Set of stored ids, so appends and reads are O(batch).
 * Stored events are deep-frozen; reads return fresh arrays of those frozen events.
 */
export class InMemoryEventStore implements EventStore {
  private readonly log: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly ids = new Set<string>();
  private readonly subscriptions = new Set<InMemorySubscription>();
  private readonly isKnownId = (id: string): boolean => this.ids.has(id);

  /** Appends atomically (see the port's contract); throws ConcurrencyError or DuplicateEventInBatchError. */
  appendSync(
    streamId: string,
    events: readonly EventEnvelope[],
    options: AppendOptions = {},
  ): AppendResult {
    const stream = this.streams.get(streamId);
    // Every check happens in planAppend before anything below mutates: a throw stores nothing.
    const result = planAppend(streamId, events, options.expectedVersion ?? 'any', {
      currentVersion: stream?.length ?? 0,
      headPosition: this.log.length,
      isKnownId: this.isKnownId,
    });
    if (result.appended.length === 0) return result;
    const target = stream ?? [];
    if (!stream) this.streams.set(streamId, target);
    for (const event of result.appended) {
      // The envelope itself is frozen by planAppend; its payload and metadata are the caller's.
      deepFreeze(event.data);
      deepFreeze(event.metadata);
      this.log.push(event);
      target.push(event);
      this.ids.add(event.id);
    }
    if (this.subscriptions.size > 0) {
      for (const subscription of [...this.subscriptions]) subscription.pump();
    }
    return result;
  }

  /** Events of one stream from `fromVersion` (1-based), at most `limit` of them. */
  readStreamSync(
    streamId: string,
    fromVersion = 1,
    limit = Number.POSITIVE_INFINITY,
  ): StoredEvent[] {
    const stream = this.streams.get(streamId);
    if (!stream) return [];
    return sliceFrom(stream, fromVersion, limit);
  }

  /** Events of the global log from `fromPosition` (1-based), at most `limit` of them. */
  readAllSync(fromPosition = 1, limit = Number.POSITIVE_INFINITY): StoredEvent[] {
    return sliceFrom(this.log, fromPosition, limit);
  }

  /** The stream's last version; 0 when it has no events. */
  streamVersionSync(streamId: string): number {
    return this.streams.get(streamId)?.length ?? 0;
  }

  /** The position of the last stored event; 0 when empty. */
  headPositionSync(): number {
    return this.log.length;
  }

  async append(
    streamId: string,
    events: readonly EventEnvelope[],
    options?: AppendOptions,
  ): Promise<AppendResult> {
    return this.appendSync(streamId, events, options);
  }

  async readStream(streamId: string, fromVersion?: number, limit?: number): Promise<StoredEvent[]> {
    return this.readStreamSync(streamId, fromVersion, limit);
  }

  async readAll(fromPosition?: number, limit?: number): Promise<StoredEvent[]> {
    return this.readAllSync(fromPosition, limit);
  }

  async streamVersion(streamId: string): Promise<number> {
    return this.streamVersionSync(streamId);
  }

  async headPosition(): Promise<number> {
    return this.headPositionSync();
  }

  /**
   * Catches up from `fromPosition` on a microtask, then delivers each later append
   * synchronously, inside the append call, after the events are stored.
   */
  subscribe(handlers: StoreSubscriptionHandlers, fromPosition = 1): StoreSubscription {
    const subscription = new InMemorySubscription(this.log, handlers, fromPosition, (closed) =>
      this.subscriptions.delete(closed),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }
}

function sliceFrom(events: readonly StoredEvent[], from: number, limit: number): StoredEvent[] {
  const start = Math.max(0, Math.floor(from) - 1);
  if (limit <= 0) return [];
  return events.slice(start, Number.isFinite(limit) ? start + Math.floor(limit) : undefined);
}
