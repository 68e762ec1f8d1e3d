import { compilePattern } from '../../core/bus/pattern';
import type { StoredEvent } from '../../core/messages/event';
import { InvalidEventFilterError } from './analysis-errors';

/**
 * What the event log shows (and what an export of "what the filter shows" writes). Every field
 * is optional; the given ones must all match. Plain JSON, so it can be saved with the workspace
 * and handed to an exporter as is.
 */
export interface EventFilter {
  /** Type pattern in the bus grammar (compilePattern): `order.*`, `saga.#`, `*`. */
  readonly typePattern?: string;
  /** An exact stream id, or a prefix when it ends with `*`: `saga-*` selects every saga stream. */
  readonly streamId?: string;
  /** Exact correlation id: one order's whole flow. */
  readonly correlationId?: string;
  /** Case-insensitive substring of the payload as JSON (`"o-12"` finds that order's events). */
  readonly text?: string;
}

export type EventPredicate = (event: StoredEvent) => boolean;

export type EventFilterResult =
  | { readonly ok: true; readonly filter: EventFilter }
  | { readonly ok: false; readonly errors: readonly string[] };

const fields = ['typePattern', 'streamId', 'correlationId', 'text'] as const;

/**
 * Validates a filter from untrusted input (a form, a saved workspace, an export request) and
 * normalises it: ids and pattern trimmed, empty fields dropped. Every problem is listed.
 */
export function parseEventFilter(input: unknown): EventFilterResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: ['filter: must be an object'] };
  }
  const errors: string[] = [];
  for (const key of Object.keys(input)) {
    if (!(fields as readonly string[]).includes(key)) {
      errors.push(`${key}: unknown field (known: ${fields.join(', ')})`);
    }
  }
  const values = input as Record<string, unknown>;
  const filter: { -readonly [K in keyof EventFilter]: string } = {};
  for (const key of fields) {
    const value = values[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') {
      errors.push(`${key}: must be a string, got ${typeof value}`);
      continue;
    }
    // Free text is searched as typed; ids and patterns never carry meaningful outer spaces.
    const normalised = key === 'text' ? value : value.trim();
    if (normalised.length > 0) filter[key] = normalised;
  }
  if (filter.typePattern !== undefined) {
    try {
      compilePattern(filter.typePattern);
    } catch (error) {
      errors.push(`typePattern: ${(error as Error).message}`);
    }
  }
  const stream = filter.streamId;
  if (
    stream !== undefined &&
    stream.indexOf('*') !== -1 &&
    stream.indexOf('*') < stream.length - 1
  ) {
    errors.push(`streamId: "${stream}" may only end with "*" (a prefix), not contain it elsewhere`);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, filter };
}

/** The predicate of a filter; throws InvalidEventFilterError for a filter parse would refuse. */
export function compileEventFilter(input: EventFilter): EventPredicate {
  const parsed = parseEventFilter(input);
  if (!parsed.ok) throw new InvalidEventFilterError(parsed.errors);
  const { typePattern, streamId, correlationId, text } = parsed.filter;
  const tests: EventPredicate[] = [];
  if (typePattern !== undefined) {
    const matches = compilePattern(typePattern);
    tests.push((event) => matches(event.type));
  }
  if (streamId !== undefined) {
    if (streamId.endsWith('*')) {
      const prefix = streamId.slice(0, -1);
      tests.push((event) => event.streamId.startsWith(prefix));
    } else {
      tests.push((event) => event.streamId === streamId);
    }
  }
  if (correlationId !== undefined) tests.push((event) => event.correlationId === correlationId);
  if (text !== undefined) {
    const needle = text.toLowerCase();
    tests.push((event) => payloadText(event).includes(needle));
  }
  return (event) => tests.every((test) => test(event));
}

/** The events a filter shows, in their order. */
export function filterEvents(events: readonly StoredEvent[], filter: EventFilter): StoredEvent[] {
  return events.filter(compileEventFilter(filter));
}

/** True when the filter selects everything. */
export function isEmptyEventFilter(filter: EventFilter): boolean {
  return fields.every((key) => filter[key] === undefined || filter[key] === '');
}

/** A one-line description for a filter chip or an export's header: `type order.* · stream saga-*`. */
export function describeEventFilter(filter: EventFilter): string {
  const parts: string[] = [];
  if (filter.typePattern) parts.push(`type ${filter.typePattern}`);
  if (filter.streamId) parts.push(`stream ${filter.streamId}`);
  if (filter.correlationId) parts.push(`correlation ${filter.correlationId}`);
  if (filter.text) parts.push(`text "${filter.text}"`);
  return parts.length > 0 ? parts.join(' · ') : 'all events';
}

// Stored events are immutable, so each payload is stringified once however often the filter
// text changes; the WeakMap lets an event's text go with the event.
const lowerCaseJson = new WeakMap<StoredEvent, string>();

function payloadText(event: StoredEvent): string {
  let text = lowerCaseJson.get(event);
  if (text === undefined) {
    text = (JSON.stringify(event.data) ?? '').toLowerCase();
    lowerCaseJson.set(event, text);
  }
  return text;
}
