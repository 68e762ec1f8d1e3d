import type { ComponentConfigs, ComponentKind } from '../../sim/scenario/component-kinds';

// Plain-word labels for config keys, with units, so the form reads like a sentence rather than
// a schema. Kind-specific entries win over the shared ones.

/** Every field name of a config, nested ones included (`latency` and its `medianMs`). */
type FieldNames<T> =
  T extends Readonly<Record<string, unknown>>
    ? { [K in keyof T & string]: K | FieldNames<T[K]> }[keyof T & string]
    : never;

/** The field names of every kind's config. */
type ConfigFieldName = FieldNames<ComponentConfigs[ComponentKind]>;

const kindLabels: Partial<Record<ComponentKind, Partial<Record<ConfigFieldName, string>>>> = {
  producer: { ratePerSecond: 'Rate (orders/s)' },
  'query-api': { ratePerSecond: 'Rate (queries/s)' },
};

/** Total over the field names: a config field added to a kind does not compile without one. */
const sharedLabels: Record<ConfigFieldName, string> = {
  ratePerSecond: 'Rate (per second)',
  users: 'Users',
  catalogSize: 'Catalogue size (products)',
  maxItemsPerOrder: 'Most items per order',
  keyBy: 'Partition key',
  payloadStyle: 'Event payload',
  emit: 'Sends',
  maxOrders: 'Order limit (0 = none)',
  partitions: 'Partitions',
  delivery: 'Delivery guarantee',
  latency: 'Latency',
  appendLatency: 'Append latency',
  medianMs: 'Median (ms)',
  sigma: 'Spread (sigma)',
  distribution: 'Distribution',
  duplicateRate: 'Duplicate rate',
  dropRate: 'Drop rate',
  reorderJitterMs: 'Reorder jitter (ms)',
  group: 'Consumer group',
  subscribe: 'Subscribes to (pattern)',
  instances: 'Instances',
  idempotent: 'Idempotent (skips duplicates)',
  poisonRate: 'Poison rate (% never handled)',
  retry: 'Retries',
  initialIntervalMs: 'First retry after (ms)',
  backoffCoefficient: 'Backoff multiplier',
  maximumIntervalMs: 'Longest retry interval (ms)',
  maximumAttempts: 'Attempts before dead letter',
  projection: 'Read model',
  pollIntervalMs: 'Poll interval (ms)',
  batchSize: 'Batch size (events)',
  stepTimeoutMs: 'Step timeout (ms)',
  maxStepAttempts: 'Attempts per step up to the pivot',
  maxCompensationAttempts: 'Attempts per compensation',
  retryIntervalMs: 'Retry interval (ms)',
  capacity: 'Capacity (messages)',
  readYourWrites: 'Read your writes',
};

const isConfigFieldName = (key: string): key is ConfigFieldName => Object.hasOwn(sharedLabels, key);

/**
 * One line under a field whose effect its label cannot say. The key: events with one key share a
 * partition and are read in the order written, with no order between partitions (Apache Kafka
 * documentation, Introduction), and an order keeps the key of its first event
 * (src/core/order/order-partition-key.ts).
 */
const kindHints: Partial<Record<ComponentKind, Partial<Record<ConfigFieldName, string>>>> = {
  producer: {
    keyBy:
      'An order keeps the key of its first event: all its events share one partition, in order',
  },
};

/** The hint under a config key, if it has one (e.g. producer `keyBy`). */
export function configFieldHint(kind: ComponentKind, key: string): string | undefined {
  return isConfigFieldName(key) ? kindHints[kind]?.[key] : undefined;
}

/** The label of a config key, e.g. producer `ratePerSecond` -> "Rate (orders/s)". */
export function configFieldLabel(kind: ComponentKind, key: string): string {
  if (!isConfigFieldName(key)) return key; // not a field of any kind's config
  return kindLabels[kind]?.[key] ?? sharedLabels[key];
}
