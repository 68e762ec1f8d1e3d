import type { EventEnvelope, StoredEvent } from '../messages/event';
import {
  CLOUDEVENTS_SPEC_VERSION,
  type CloudEventOptions,
  DEFAULT_EPOCH_MS,
  type EventfoldCloudEvent,
  SEQUENCE_DIGITS,
} from './cloud-event';
import { CloudEventMappingError } from './cloud-event-errors';
import { componentSourceUri } from './source-uri';

const INT32_MAX = 2 ** 31 - 1;

/** Maps an envelope (with its stream placement, once stored) to a structured CloudEvent 1.0 object. */
export function toCloudEvent(
  event: EventEnvelope | StoredEvent,
  options: CloudEventOptions = {},
): EventfoldCloudEvent {
  const epochMs = options.epochMs ?? DEFAULT_EPOCH_MS;
  const wholeMs = Math.floor(event.time);
  const metadataKeys = Object.keys(event.metadata);
  return {
    specversion: CLOUDEVENTS_SPEC_VERSION,
    id: event.id,
    source: componentSourceUri(event.source),
    type: event.type,
    time: rfc3339(event, epochMs + wholeMs),
    ...(wholeMs === event.time ? {} : { eventfoldtime: String(event.time) }),
    ...(isStoredEvent(event) ? streamAttributes(event) : {}),
    correlationid: event.correlationId,
    ...(event.causationId === null ? {} : { causationid: event.causationId }),
    ...(event.partitionKey === undefined ? {} : { partitionkey: event.partitionKey }),
    schemaversion: int32(event, 'schemaVersion', event.schemaVersion),
    ...(metadataKeys.length === 0 ? {} : { eventfoldmetadata: JSON.stringify(event.metadata) }),
    datacontenttype: 'application/json',
    data: event.data,
  };
}

/** True when the event carries its stream placement (an event store returned it). */
export function isStoredEvent(event: EventEnvelope | StoredEvent): event is StoredEvent {
  return 'streamId' in event && 'streamVersion' in event && 'position' in event;
}

function streamAttributes(
  event: StoredEvent,
): Pick<EventfoldCloudEvent, 'subject' | 'sequence' | 'streamversion'> {
  if (!Number.isSafeInteger(event.position) || event.position < 0) {
    throw new CloudEventMappingError(event.id, `position ${event.position} is not a safe integer`);
  }
  return {
    subject: event.streamId,
    sequence: String(event.position).padStart(SEQUENCE_DIGITS, '0'),
    streamversion: int32(event, 'streamVersion', event.streamVersion),
  };
}

function rfc3339(event: EventEnvelope, unixMs: number): string {
  const date = new Date(unixMs);
  if (Number.isNaN(date.getTime())) {
    throw new CloudEventMappingError(event.id, `time ${event.time} is outside the date range`);
  }
  return date.toISOString();
}

// CloudEvents "Integer" is a signed 32-bit integer; anything else would not be a valid value.
function int32(event: EventEnvelope, field: string, value: number): number {
  if (!Number.isInteger(value) || value < -INT32_MAX - 1 || value > INT32_MAX) {
    throw new CloudEventMappingError(event.id, `${field} ${value} is not a 32-bit integer`);
  }
  return value;
}
