import type { SyncEventStore } from '../cqrs/sync-event-store';
import type { StoredEvent } from '../messages/event';
import { CheckpointedProjection } from './checkpointed-projection';
import type { Projection } from './projection';
import { DuplicateProjectionError } from './projection-errors';

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
 * Runs projections over the log (seed: ProjectionManager). Two ways in, one guard: `apply` (an
 * event handed over: the page's LogFollower, a live delivery) and `pollSync` (one page of
 * catch-up after the lowest checkpoint, for the engine's Projection component) both go through
 * `CheckpointedProjection.apply`, so each projection applies each position once, and a model
 * rebuilt from position 1 equals one kept live. Fixes the seed, whose catch-up counted events,
 * not positions.
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
}
