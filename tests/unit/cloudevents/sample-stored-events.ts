// Envelopes and stored events covering every optional part of the CloudEvents mapping.
import type { EventEnvelope, StoredEvent } from '../../../src/core/messages/event';

export const rootEnvelope: EventEnvelope = Object.freeze({
  id: 'evt-1',
  type: 'order.placed',
  time: 1500,
  schemaVersion: 1,
  source: 'order-api',
  correlationId: 'evt-1',
  causationId: null,
  metadata: Object.freeze({}),
  data: { orderId: 'o-1', items: [{ sku: 'A', qty: 2 }], total: 19.5 },
});

export const caused: EventEnvelope = Object.freeze({
  id: 'evt-2',
  type: 'payment.received',
  time: 61_000,
  schemaVersion: 3,
  source: 'payment',
  correlationId: 'evt-1',
  causationId: 'cmd-7',
  partitionKey: 'o-1',
  metadata: Object.freeze({ user: 'u-9', 'trace.parent': '00-abc', subject: 'clash?' }),
  data: { amount: 19.5, currency: 'EUR' },
});

export const stored: StoredEvent = Object.freeze({
  ...caused,
  id: 'evt-3',
  streamId: 'order-o-1',
  streamVersion: 2,
  position: 42,
});

/** Virtual times are not always whole milliseconds (sampled latencies). */
export const fractionalTime: StoredEvent = Object.freeze({
  ...stored,
  id: 'evt-4',
  time: 1234.5678,
});

/** A component id with characters that are not allowed raw in a URI path. */
export const oddSource: EventEnvelope = Object.freeze({
  ...rootEnvelope,
  id: 'evt-5',
  source: 'svc a/b?c#d%é',
});

export const allSamples: ReadonlyArray<EventEnvelope | StoredEvent> = [
  rootEnvelope,
  caused,
  stored,
  fractionalTime,
  oddSource,
];
