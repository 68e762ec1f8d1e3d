import type { StoredEvent } from '../messages/event';

/**
 * A read model built by folding stored events.
 *
 * Ownership, chosen for speed: `evolve` receives a model that the caller owns exclusively (a
 * `CheckpointedProjection` never hands it out for writing) and MAY mutate it in place, returning
 * the model to keep. Copying whole maps per event would make a 100k-event rebuild quadratic.
 * Purity is kept where it matters: the result depends only on the model and the event (no clock,
 * no ids, no I/O), so a rebuild from position 1 equals the model maintained live. Models must be
 * plain JSON data (records, arrays, numbers, strings, null) so they can be checkpointed to storage.
 */
export interface Projection<TModel> {
  /** Unique among registered projections; the key of its checkpoint in storage. */
  readonly name: string;
  /** A fresh, empty model: a function, so every rebuild starts from its own objects. */
  initial(): TModel;
  /** Whether `evolve` cares about this event type; others only advance the checkpoint. */
  canHandle(type: string): boolean;
  /** Applies one event to a model the caller owns; may mutate it; returns the model to keep. */
  evolve(model: TModel, event: StoredEvent): TModel;
}

/**
 * A read model with its checkpoint: the global position of the last event it has seen
 * (0 = none). Stored together so a restored model never re-applies or skips an event.
 */
export interface ProjectionSnapshot<TModel> {
  readonly name: string;
  readonly checkpoint: number;
  readonly model: TModel;
}

/** What a reader may see of a running projection: its name, position and (read-only) model. */
export interface ProjectionView<TModel> {
  readonly name: string;
  readonly checkpoint: number;
  readonly model: TModel;
}
