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

/** `publishScheduled` was called on a bus built without a Scheduler. */
export class NoSchedulerError extends EventfoldError {
  readonly code = 'no-scheduler';

  constructor() {
    super('This event bus has no Scheduler: pass one in its options to publish scheduled events');
  }
}
