import { EventfoldError } from '../errors/errors';

/** No handler is registered for the query's type. */
export class UnknownQueryError extends EventfoldError {
  readonly code = 'unknown-query';

  constructor(readonly queryType: string) {
    super(`No handler is registered for query "${queryType}"`);
  }
}

/** A second handler for one command or query type: which should win would be a guess. */
export class HandlerAlreadyRegisteredError extends EventfoldError {
  readonly code = 'handler-already-registered';

  constructor(
    readonly kind: 'command' | 'query',
    readonly messageType: string,
  ) {
    super(`A handler for ${kind} "${messageType}" is already registered`);
  }
}

/**
 * A read demanded a minimum position (read-your-writes) that the projection has not reached.
 * `position` is where the projection is; the caller may retry later or accept staleness.
 */
export class StaleReadError extends EventfoldError {
  readonly code = 'stale-read';

  constructor(
    readonly queryType: string,
    readonly projection: string,
    readonly position: number,
    readonly minPosition: number,
    readonly waited: boolean,
  ) {
    super(
      `Query "${queryType}" needs projection "${projection}" at position ${minPosition} or later, but it is at ${position}${waited ? ' even after catching up' : ''}`,
    );
  }
}
