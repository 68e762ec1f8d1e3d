import type { SyncEventStore } from '../cqrs/sync-event-store';
import type { StoredEvent } from '../messages/event';
import type { EventStore, StoreSubscription } from '../store/event-store';
import { CheckpointedProjection } from './checkpointed-projection';
import type { Projection } from './projection';
import { DuplicateProjectionError } from './projection-errors';

export interface ReadOptions {
  /** Events per `readAll` page; bigger pages mean fewer round trips to IndexedDB. */
  readonly pageSize?: number;
}

const defaultPageSize = 1_000;

/** The one synchronous read a catch-up needs. */
export type SyncLogReader = Pick<SyncEventStore, 'readAllSync'>;

/** What one bounded step of catch-up did. */
export interface PollResult {
  /** Events read from the log (fewer than the limit: the projections reached the head). */
  readonly read: number;
  /** Applications that ran a projection's `evolve` (events of a type it handles, new to it). */
  readonly evolved: number;
}

/**
 * Runs projections over the store (seed: ProjectionManager). Four ways in, one guard: `rebuild`
 * (from position 1), `catchUp` (from the lowest checkpoint), `pollSync` (one page of catch-up, for
 * a poller) and `follow` (live subscription) all go through `CheckpointedProjection.apply`, so
 * each projection applies each position once and a rebuilt model equals a live one. Fixes the
 * seed, whose catch-up counted events, not positions.
 *
 * Do not `rebuild` or `catchUp` while `follow` is open: live events would arrive during the read
 * and be refused as gaps. Close the subscription, rebuild, then follow again.
 */
export class ProjectionManager {
  private readonly entries: CheckpointedProjection<unknown>[] = [];

  /** Adds a projection at checkpoint 0 and returns its handle (for queries and snapshots). */
  register<TModel>(projection: Projection<TModel>): CheckpointedProjection<TModel> {
    if (this.entries.some((entry) => entry.name === projection.name)) {
      throw new DuplicateProjectionError(projection.name);
    }
    const entry = new CheckpointedProjection(projection);
    this.entries.push(entry as CheckpointedProjection<unknown>);
    return entry;
  }

  /** The registered projections, in registration order. */
  get projections(): readonly CheckpointedProjection<unknown>[] {
    return this.entries;
  }

  /** The checkpoint the slowest projection has reached (0 with none registered). */
  lowestCheckpoint(): number {
    if (this.entries.length === 0) return 0;
    return Math.min(...this.entries.map((entry) => entry.checkpoint));
  }

  /**
   * Applies one stored event to every projection that has not seen its position; returns how
   * many of them evolved on it (the others had seen it, or only moved their checkpoint past it).
   */
  apply(event: StoredEvent): number {
    let evolved = 0;
    for (const entry of this.entries) {
      if (entry.apply(event) && entry.projection.canHandle(event.type)) evolved += 1;
    }
    return evolved;
  }

  /** Resets every projection and replays the whole log; returns how many events were read. */
  async rebuild(store: EventStore, options: ReadOptions = {}): Promise<number> {
    for (const entry of this.entries) entry.reset();
    return this.catchUp(store, options);
  }

  /** Reads from the lowest checkpoint to the head in pages; returns how many events were read. */
  async catchUp(store: EventStore, options: ReadOptions = {}): Promise<number> {
    const pageSize = options.pageSize ?? defaultPageSize;
    let read = 0;
    let from = this.lowestCheckpoint() + 1;
    for (;;) {
      const page = await store.readAll(from, pageSize);
      for (const event of page) this.apply(event);
      read += page.length;
      const last = page.at(-1);
      if (!last || page.length < pageSize) return read;
      from = last.position + 1;
    }
  }

  /** `rebuild` from a synchronous (in-memory) store, for the simulator's steps. */
  rebuildSync(store: SyncLogReader, options: ReadOptions = {}): number {
    for (const entry of this.entries) entry.reset();
    return this.catchUpSync(store, options);
  }

  /** `catchUp` from a synchronous (in-memory) store, for the simulator's steps. */
  catchUpSync(store: SyncLogReader, options: ReadOptions = {}): number {
    const pageSize = options.pageSize ?? defaultPageSize;
    let read = 0;
    for (;;) {
      const step = this.pollSync(store, pageSize);
      read += step.read;
      if (step.read === 0 || step.read < pageSize) return read;
    }
  }

  /**
   * One bounded step of catch-up: reads at most `limit` events after the lowest checkpoint and
   * applies them. A poller (the engine's Projection component) runs one per poll, so a long
   * catch-up is spread over many scheduler steps; a full page says more is waiting.
   */
  pollSync(store: SyncLogReader, limit: number): PollResult {
    const page = store.readAllSync(this.lowestCheckpoint() + 1, limit);
    let evolved = 0;
    for (const event of page) evolved += this.apply(event);
    return { read: page.length, evolved };
  }

  /** Subscribes from the lowest checkpoint: catches up, then applies live appends as they land. */
  follow(store: EventStore, onError?: (error: unknown) => void): StoreSubscription {
    return store.subscribe(
      { onEvent: (event) => this.apply(event), ...(onError ? { onError } : {}) },
      this.lowestCheckpoint() + 1,
    );
  }
}
