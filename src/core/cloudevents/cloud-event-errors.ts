import { EventfoldError } from '../errors/errors';

/** A CloudEvent that cannot become an Eventfold envelope, or an envelope that cannot be exported. */
export class CloudEventMappingError extends EventfoldError {
  readonly code = 'cloudevent-mapping';

  constructor(
    readonly eventId: string | undefined,
    reason: string,
  ) {
    super(`CloudEvent${eventId === undefined ? '' : ` "${eventId}"`}: ${reason}`);
  }
}
