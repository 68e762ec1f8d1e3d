import type { z } from 'zod';
import type { ComponentCategory } from './component-categories';
import {
  consumerConfig,
  deadLetterQueueConfig,
  eventBusConfig,
  eventStoreConfig,
  orderServiceConfig,
  participantConfig,
  producerConfig,
  projectionConfig,
  queryApiConfig,
  sagaConfig,
} from './component-configs';

/** What every component kind must say about itself; a missing field fails to compile. */
export interface ComponentKindEntry {
  /** Shown in the palette, as a new node's name and in messages. Journeys find things by it. */
  readonly label: string;
  readonly category: ComponentCategory;
  /** One line, shown under the palette entry and (with a full stop) in the Inspector. */
  readonly description: string;
  /** Validates a scenario's config for the kind, fills defaults and generates its Inspector form. */
  readonly configSchema: z.ZodObject;
}

/**
 * The component kinds, each said once: the scenario schema, the palette, the canvas node types,
 * the Inspector and the connection rules all read this table, and the engine's factory table
 * (components/component-registry.ts) must be total over its keys. Key order is palette order.
 */
export const componentKindInfo = {
  producer: {
    label: 'Producer',
    category: 'source',
    description: 'Places orders at a rate',
    configSchema: producerConfig,
  },
  'event-bus': {
    label: 'Event Bus',
    category: 'messaging',
    description: 'Partitioned event topic',
    configSchema: eventBusConfig,
  },
  'event-store': {
    label: 'Event Store',
    category: 'messaging',
    description: 'Append-only event log',
    configSchema: eventStoreConfig,
  },
  'order-service': {
    label: 'Order Service',
    category: 'processing',
    description: 'Handles order commands',
    configSchema: orderServiceConfig,
  },
  consumer: {
    label: 'Consumer',
    category: 'processing',
    description: 'Retrying event handler',
    configSchema: consumerConfig,
  },
  projection: {
    label: 'Projection',
    category: 'read-side',
    description: 'Builds a read model',
    configSchema: projectionConfig,
  },
  saga: {
    label: 'Saga',
    category: 'processing',
    description: 'Coordinates order steps',
    configSchema: sagaConfig,
  },
  inventory: {
    label: 'Inventory',
    category: 'participant',
    description: 'Reserves stock for orders',
    configSchema: participantConfig,
  },
  payment: {
    label: 'Payment',
    category: 'participant',
    description: 'Charges and refunds',
    configSchema: participantConfig,
  },
  shipping: {
    label: 'Shipping',
    category: 'participant',
    description: 'Ships confirmed orders',
    configSchema: participantConfig,
  },
  notification: {
    label: 'Notification',
    category: 'participant',
    description: 'Sends email and SMS',
    configSchema: participantConfig,
  },
  'dead-letter-queue': {
    label: 'Dead Letter Queue',
    category: 'messaging',
    description: 'Parks failed messages',
    configSchema: deadLetterQueueConfig,
  },
  'query-api': {
    label: 'Query API',
    category: 'read-side',
    description: 'Reads projections',
    configSchema: queryApiConfig,
  },
} as const satisfies Record<string, ComponentKindEntry>;

export type ComponentKind = keyof typeof componentKindInfo;

/** Every kind id, in palette order (object key order is insertion order for string keys). */
export const componentKinds = Object.keys(componentKindInfo) as [ComponentKind, ...ComponentKind[]];

/** Each kind's validated configuration, as its schema outputs it. */
export type ComponentConfigs = {
  [K in ComponentKind]: z.output<(typeof componentKindInfo)[K]['configSchema']>;
};

/** True when `value` names a component kind (data from a drag, a file or a command line). */
export function isComponentKind(value: unknown): value is ComponentKind {
  return typeof value === 'string' && Object.hasOwn(componentKindInfo, value);
}

/**
 * Validates `value` as a kind's configuration, defaults filled in. The cast is the one place
 * where a schema looked up by a generic kind is tied back to that kind's config type.
 */
export function parseConfig<K extends ComponentKind>(
  kind: K,
  value: unknown,
): z.ZodSafeParseResult<ComponentConfigs[K]> {
  return componentKindInfo[kind].configSchema.safeParse(value) as z.ZodSafeParseResult<
    ComponentConfigs[K]
  >;
}

/** The defaults of a kind's configuration. */
export function defaultConfig<K extends ComponentKind>(kind: K): ComponentConfigs[K] {
  const parsed = parseConfig(kind, {});
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}
