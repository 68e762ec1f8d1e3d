import type { DecidedEvent } from '../../src/core/cqrs/decider';
import type { StoredEvent } from '../../src/core/messages/event';

/** One entry of a hand-written log: the event and (optionally) its virtual time in ms. */
export interface HistoryEntry {
  readonly event: DecidedEvent & { readonly data: { readonly orderId: string } };
  readonly time?: number;
}

/**
 * Turns events into the stored envelopes a store would return: positions 1..n, per-stream
 * versions 1..k in stream `order-<orderId>`, ids `evt-<position>`. For projection specs that
 * need a log without a store.
 */
export function storedHistory(entries: readonly HistoryEntry[], firstPosition = 1): StoredEvent[] {
  const versions = new Map<string, number>();
  return entries.map(({ event, time = 0 }, index) => {
    const streamId = `order-${event.data.orderId}`;
    const streamVersion = (versions.get(streamId) ?? 0) + 1;
    versions.set(streamId, streamVersion);
    const position = firstPosition + index;
    return {
      id: `evt-${position}`,
      type: event.type,
      time,
      schemaVersion: 1,
      source: 'test',
      correlationId: `evt-${position}`,
      causationId: null,
      metadata: {},
      data: event.data,
      streamId,
      streamVersion,
      position,
    };
  });
}

/** `storedHistory` for events that all happen at time 0. */
export function storedEvents(events: readonly HistoryEntry['event'][]): StoredEvent[] {
  return storedHistory(events.map((event) => ({ event })));
}
