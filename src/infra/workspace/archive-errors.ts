import { EventfoldError } from '../../core/errors/errors';

/**
 * A write did not continue the stored log (another writer got there first, or the stored log
 * is not the one the engine extends): saving stops rather than diverge.
 */
export class PositionMismatchError extends EventfoldError {
  readonly code = 'position-mismatch';

  constructor(
    readonly enginePosition: number,
    readonly storedHead: number,
  ) {
    super(
      `the event log holds events through position ${storedHead}, but the engine's next event is at position ${enginePosition}`,
    );
  }
}

/** The events handed to the archive skip positions, so the stored log would have a hole. */
export class EventGapError extends EventfoldError {
  readonly code = 'event-gap';

  constructor(
    readonly expectedPosition: number,
    readonly receivedPosition: number,
  ) {
    super(
      `the engine's events reached the event log out of order (expected position ${expectedPosition}, got ${receivedPosition})`,
    );
  }
}
