import { EventfoldError } from '../errors/errors';

/** A query was handed the model of a projection other than the one its handler reads. */
export class WrongProjectionError extends EventfoldError {
  readonly code = 'wrong-projection';

  constructor(
    readonly queryType: string,
    readonly needs: string,
    readonly given: string,
  ) {
    super(`Query "${queryType}" reads projection "${needs}", not "${given}"`);
  }
}
