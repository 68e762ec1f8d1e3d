import { EventfoldError } from '../errors/errors';

/**
 * An event arrived beyond the next expected position: applying it would move the checkpoint past
 * events this projection never saw, so they would be lost for good. Feed from the store instead.
 */
export class ProjectionGapError extends EventfoldError {
  readonly code = 'projection-gap';

  constructor(
    readonly projection: string,
    readonly checkpoint: number,
    readonly position: number,
  ) {
    super(
      `Projection "${projection}" is at position ${checkpoint} and cannot apply position ${position}: events ${checkpoint + 1}..${position - 1} are missing`,
    );
  }
}

/** Two projections registered under one name would share one checkpoint. */
export class DuplicateProjectionError extends EventfoldError {
  readonly code = 'duplicate-projection';

  constructor(readonly projection: string) {
    super(`A projection named "${projection}" is already registered`);
  }
}

/** A snapshot restored into a projection of another name. */
export class SnapshotMismatchError extends EventfoldError {
  readonly code = 'snapshot-mismatch';

  constructor(
    readonly projection: string,
    readonly snapshotOf: string,
  ) {
    super(`Cannot restore projection "${projection}" from a snapshot of "${snapshotOf}"`);
  }
}
