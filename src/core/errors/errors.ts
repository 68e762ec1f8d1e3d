import type { ExpectedVersion } from '../store/event-store';

/** Base of every error the kernel raises on purpose; `code` is stable for programs, `message` for people. */
export abstract class EventfoldError extends Error {
  abstract readonly code: string;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The stream was not at the version the writer expected: someone else wrote first. */
export class ConcurrencyError extends EventfoldError {
  readonly code = 'concurrency';

  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number,
  ) {
    super(
      `Stream "${streamId}" expected ${describeExpected(expected)} but is at version ${actual}`,
    );
  }
}

/** A batch carried the same event id twice: it is refused whole. */
export class DuplicateEventInBatchError extends EventfoldError {
  readonly code = 'duplicate-in-batch';

  constructor(readonly eventId: string) {
    super(`Event id "${eventId}" appears more than once in one append`);
  }
}

function describeExpected(expected: ExpectedVersion): string {
  switch (expected) {
    case 'any':
      return 'any version';
    case 'noStream':
      return 'no stream';
    case 'streamExists':
      return 'an existing stream';
    default:
      return `version ${expected}`;
  }
}
