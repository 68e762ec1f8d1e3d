import { EventfoldError } from '../errors/errors';

/** A subscription pattern that the bus cannot interpret. */
export class InvalidPatternError extends EventfoldError {
  readonly code = 'invalid-pattern';

  constructor(
    readonly pattern: string,
    reason: string,
  ) {
    super(`Subscription pattern "${pattern}" is invalid: ${reason}`);
  }
}
