import type { StoredEvent } from '../messages/event';
import type { Projection, ProjectionSnapshot, ProjectionView } from './projection';
import { ProjectionGapError, SnapshotMismatchError } from './projection-errors';

/**
 * A projection together with the model it owns and its checkpoint. `apply` is the only writer,
 * and the checkpoint guard makes application idempotent: a position at or below the checkpoint
 * is ignored, the next position is applied, a later one is a gap (ProjectionGapError).
 * So a rebuild, a catch-up and live delivery, in any overlap, apply each position exactly once.
 */
export class CheckpointedProjection<TModel> implements ProjectionView<TModel> {
  private current: TModel;
  private position = 0;

  constructor(readonly projection: Projection<TModel>) {
    this.current = projection.initial();
  }

  get name(): string {
    return this.projection.name;
  }

  get checkpoint(): number {
    return this.position;
  }

  /** The live model. Read it, never write it: it is mutated by `apply`. */
  get model(): TModel {
    return this.current;
  }

  /** Applies `event` if it is the next position; returns whether the checkpoint moved. */
  apply(event: StoredEvent): boolean {
    if (event.position <= this.position) return false;
    if (event.position !== this.position + 1) {
      throw new ProjectionGapError(this.name, this.position, event.position);
    }
    if (this.projection.canHandle(event.type)) {
      this.current = this.projection.evolve(this.current, event);
    }
    this.position = event.position;
    return true;
  }

  /** Forgets everything: back to the initial model at checkpoint 0. */
  reset(): void {
    this.current = this.projection.initial();
    this.position = 0;
  }

  /** A deep copy of model and checkpoint, safe to persist or hand to another thread. */
  snapshot(): ProjectionSnapshot<TModel> {
    return { name: this.name, checkpoint: this.position, model: structuredClone(this.current) };
  }

  /** Continues from a persisted snapshot; the snapshot is copied, never aliased. */
  restore(snapshot: ProjectionSnapshot<TModel>): void {
    if (snapshot.name !== this.name) throw new SnapshotMismatchError(this.name, snapshot.name);
    this.current = structuredClone(snapshot.model);
    this.position = snapshot.checkpoint;
  }
}
