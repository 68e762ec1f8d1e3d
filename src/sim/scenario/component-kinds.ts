/**
 * The palette's component kinds: ids used in scenarios, labels shown to people. The labels are
 * part of the interface: people and automated checks (journeys, accessibility) find things by them.
 */
export const componentKinds = [
  'producer',
  'event-bus',
  'event-store',
  'order-service',
  'consumer',
  'projection',
  'saga',
  'inventory',
  'payment',
  'shipping',
  'notification',
  'dead-letter-queue',
  'query-api',
] as const;

export type ComponentKind = (typeof componentKinds)[number];

export type ComponentCategory = 'source' | 'messaging' | 'storage' | 'service' | 'read-side';

export interface ComponentKindInfo {
  readonly kind: ComponentKind;
  readonly label: string;
  readonly description: string;
  readonly category: ComponentCategory;
}

export const componentKindInfo: Readonly<Record<ComponentKind, ComponentKindInfo>> = {
  producer: {
    kind: 'producer',
    label: 'Producer',
    description: 'Order API: places orders at a configurable rate for simulated users.',
    category: 'source',
  },
  'event-bus': {
    kind: 'event-bus',
    label: 'Event Bus',
    description: 'Topic with partitions, consumer groups and at-least/at-most-once delivery.',
    category: 'messaging',
  },
  'event-store': {
    kind: 'event-store',
    label: 'Event Store',
    description: 'Append-only log of streams with expected versions and a global position.',
    category: 'storage',
  },
  'order-service': {
    kind: 'order-service',
    label: 'Order Service',
    description: 'Handles order commands through the Order decider and appends its events.',
    category: 'service',
  },
  consumer: {
    kind: 'consumer',
    label: 'Consumer',
    description: 'Generic handler: processing time, failures, idempotency, retries, then DLQ.',
    category: 'service',
  },
  projection: {
    kind: 'projection',
    label: 'Projection',
    description: 'Read model (order list or statistics) kept from the log with a checkpoint.',
    category: 'read-side',
  },
  saga: {
    kind: 'saga',
    label: 'Saga',
    description: 'Order saga: reserve, pay, confirm, notify; compensates completed steps.',
    category: 'service',
  },
  inventory: {
    kind: 'inventory',
    label: 'Inventory',
    description: 'Reserves and releases stock for an order.',
    category: 'service',
  },
  payment: {
    kind: 'payment',
    label: 'Payment',
    description: 'Charges and refunds the order total.',
    category: 'service',
  },
  shipping: {
    kind: 'shipping',
    label: 'Shipping',
    description: 'Ships confirmed orders and reports delivery.',
    category: 'service',
  },
  notification: {
    kind: 'notification',
    label: 'Notification',
    description: 'Sends e-mail and SMS notifications (integration events).',
    category: 'service',
  },
  'dead-letter-queue': {
    kind: 'dead-letter-queue',
    label: 'Dead Letter Queue',
    description: 'Holds deliveries that failed every retry, for inspection and redrive.',
    category: 'messaging',
  },
  'query-api': {
    kind: 'query-api',
    label: 'Query API',
    description: 'Reads the projections; counts stale reads.',
    category: 'read-side',
  },
};

/** True when `value` names a component kind. */
export function isComponentKind(value: string): value is ComponentKind {
  return (componentKinds as readonly string[]).includes(value);
}
