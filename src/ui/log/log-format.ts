import type { StoredEvent } from '../../core/messages/event';

/** Virtual time in seconds with millisecond precision: `12.345`. */
export function formatSeconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/** A count with thousands separators, fixed to one locale so tests and screenshots agree. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** The envelope without its payload, as shown above the payload in the detail view. */
export function envelopeOf(event: StoredEvent): Record<string, unknown> {
  const { data: _payload, ...envelope } = event;
  return envelope;
}

/** Pretty JSON for a <pre> text node; never parsed as HTML. */
export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? 'undefined';
}
