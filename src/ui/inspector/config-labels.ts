import type { ComponentKind } from '../../sim/scenario/component-kinds';

// Plain-word labels for config keys, with units, so the form reads like a sentence rather than
// a schema. Kind-specific entries win over the shared ones.

const kindLabels: Partial<Record<ComponentKind, Record<string, string>>> = {
  producer: { ratePerSecond: 'Rate (orders/s)' },
  'query-api': { ratePerSecond: 'Rate (queries/s)' },
};

const sharedLabels: Record<string, string> = {
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
  duplicateRate: 'Duplicate rate',
  dropRate: 'Drop rate',
  reorderJitterMs: 'Reorder jitter (ms)',
  group: 'Consumer group',
  subscribe: 'Subscribes to (pattern)',
  instances: 'Instances',
  idempotent: 'Idempotent (skips duplicates)',
  poisonRate: 'Poison rate (0-1, share never handled)',
  retry: 'Retries',
  initialIntervalMs: 'First retry after (ms)',
  backoffCoefficient: 'Backoff multiplier',
  maximumIntervalMs: 'Longest retry interval (ms)',
  maximumAttempts: 'Attempts before dead letter',
  projection: 'Read model',
  pollIntervalMs: 'Poll interval (ms)',
  batchSize: 'Batch size (events)',
  stepTimeoutMs: 'Step timeout (ms)',
  maxStepAttempts: 'Attempts per step',
  maxCompensationAttempts: 'Attempts per compensation',
  retryIntervalMs: 'Retry interval (ms)',
  capacity: 'Capacity (messages)',
  readYourWrites: 'Read your writes',
};

/** The label of a config key, e.g. producer `ratePerSecond` -> "Rate (orders/s)". */
export function configFieldLabel(kind: ComponentKind, key: string): string {
  return kindLabels[kind]?.[key] ?? sharedLabels[key] ?? sentenceCase(key);
}

/** `someSettingMs` -> "Some setting ms": a readable fallback for keys added later. */
function sentenceCase(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
