import type { EventEnvelope, StoredEvent } from '../messages/event';
import { AttributeReader } from './attributes';
import { CLOUDEVENTS_SPEC_VERSION, type CloudEventOptions, DEFAULT_EPOCH_MS } from './cloud-event';
import { componentIdFromSource } from './source-uri';

/**
 * Maps a structured CloudEvent back to an envelope; the inverse of toCloudEvent (with the same
 * epoch). `specversion` 1.0, `id`, `source`, `type` and `time` are required. An event from
 * another producer gets defaults: correlation = its own id, no causation, schema version 1,
 * no metadata, null data. With `sequence` or `streamversion` the result is a StoredEvent, and
 * then `subject`, `sequence` and `streamversion` must all be present. Untrusted input needs
 * schema validation before this: it only checks what the mapping relies on.
 */
export function fromCloudEvent(
  input: Readonly<Record<string, unknown>>,
  options: CloudEventOptions = {},
): EventEnvelope | StoredEvent {
  const id = new AttributeReader(input).required('id');
  const read = new AttributeReader(input, id);
  const specversion = read.required('specversion');
  if (specversion !== CLOUDEVENTS_SPEC_VERSION) {
    read.fail(`specversion "${specversion}" is not supported (expected "1.0")`);
  }
  if (read.has('data_base64')) read.fail('binary data (data_base64) is not supported');
  const partitionKey = read.optional('partitionkey');
  const envelope: EventEnvelope = {
    id,
    type: read.required('type'),
    time: virtualTime(read, options.epochMs ?? DEFAULT_EPOCH_MS),
    schemaVersion: read.has('schemaversion') ? read.integer('schemaversion') : 1,
    source: sourceComponent(read),
    correlationId: read.optional('correlationid') ?? id,
    causationId: read.optional('causationid') ?? null,
    ...(partitionKey === undefined ? {} : { partitionKey }),
    metadata: Object.freeze(metadata(read)),
    data: input.data ?? null,
  };
  if (!read.has('sequence') && !read.has('streamversion')) return Object.freeze(envelope);
  const stored: StoredEvent = {
    ...envelope,
    streamId: read.required('subject'),
    streamVersion: read.integer('streamversion'),
    position: read.integer('sequence'),
  };
  return Object.freeze(stored);
}

function virtualTime(read: AttributeReader, epochMs: number): number {
  const time = read.required('time');
  // eventfoldtime carries the exact virtual time when `time` had to round to a millisecond.
  const exact = read.optional('eventfoldtime');
  if (exact !== undefined) {
    const value = Number(exact);
    if (!Number.isFinite(value)) read.fail(`eventfoldtime "${exact}" is not a number`);
    return value;
  }
  const unixMs = Date.parse(time);
  if (Number.isNaN(unixMs)) read.fail(`time "${time}" is not an RFC 3339 timestamp`);
  return unixMs - epochMs;
}

function sourceComponent(read: AttributeReader): string {
  const source = read.required('source');
  try {
    return componentIdFromSource(source);
  } catch {
    return read.fail(`source "${source}" has a malformed percent-escape`);
  }
}

function metadata(read: AttributeReader): Record<string, string> {
  const text = read.optional('eventfoldmetadata');
  if (text === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    read.fail('eventfoldmetadata is not valid JSON');
  }
  const isStringMap =
    typeof parsed === 'object' &&
    parsed !== null &&
    !Array.isArray(parsed) &&
    Object.values(parsed).every((value) => typeof value === 'string');
  if (!isStringMap) read.fail('eventfoldmetadata must be a JSON object of string values');
  return { ...(parsed as Record<string, string>) };
}
