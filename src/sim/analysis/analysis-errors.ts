import { EventfoldError } from '../../core/errors/errors';

/** An event filter (from the log's filter bar or an export request) that cannot be applied. */
export class InvalidEventFilterError extends EventfoldError {
  readonly code = 'invalid-event-filter';

  constructor(readonly problems: readonly string[]) {
    super(`Event filter is invalid: ${problems.join('; ')}`);
  }
}

/** An order audit was given events of more than one stream: their states cannot be folded together. */
export class MixedStreamsError extends EventfoldError {
  readonly code = 'mixed-streams';

  constructor(
    readonly expected: string,
    readonly found: string,
  ) {
    super(`An order audit folds one stream: expected only "${expected}" but found "${found}"`);
  }
}

/** A setting of an analysis model (capacity, snapshot spacing, ...) outside what it supports. */
export class InvalidAnalysisOptionError extends EventfoldError {
  readonly code = 'invalid-analysis-option';

  constructor(
    readonly option: string,
    readonly value: unknown,
    requirement: string,
  ) {
    super(`Option "${option}" is ${String(value)}; it must be ${requirement}`);
  }
}

/** Throws InvalidAnalysisOptionError unless `value` is an integer >= `min`. */
export function requireInteger(option: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new InvalidAnalysisOptionError(option, value, `an integer >= ${min}`);
  }
  return value;
}
