import { EventfoldError } from '../../core/errors/errors';

/** Storage put an event somewhere other than where the engine has it: saving stops, not diverges. */
export class PositionMismatchError extends EventfoldError {
  readonly code = 'position-mismatch';

  constructor(
    readonly eventId: string,
    readonly enginePosition: number,
    readonly storedPosition: number | null,
  ) {
    super(
      storedPosition === null
        ? `the event log did not store event "${eventId}" (position ${enginePosition} in the engine): it already held an event with that id`
        : `the event log stored event "${eventId}" at position ${storedPosition}, but the engine has it at ${enginePosition}`,
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
