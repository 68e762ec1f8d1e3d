import { z } from 'zod';
import { validatePattern } from '../../core/bus/pattern';

// Per-kind configuration schemas (the kind table in component-kinds.ts says which kind uses
// which). Every field has a default, so a scenario may give only what differs.
// Times are virtual milliseconds; rates are per virtual second; probabilities are 0..1.

/**
 * A probability: stored and run as a fraction, typed and shown in percent by the page (the
 * Inspector's form knows a field is one by this very schema, src/ui/inspector/config-fields.ts).
 */
export const probability = z.number().min(0).max(1);
const durationMs = z.number().min(0).max(86_400_000);

/**
 * Latency as a log-normal distribution: median and spread (0 = constant). `distribution:
 * 'exponential'` draws an exponential with that median instead (sigma unused): the memoryless
 * service time of queueing theory's M/M/c models. Absent means log-normal.
 */
export const latencySchema = z.object({
  medianMs: durationMs.default(20),
  sigma: z.number().min(0).max(3).default(0.3),
  distribution: z.enum(['log-normal', 'exponential']).optional(),
});

/** Exponential backoff, Temporal-like defaults: 1 s, x2, capped at 100 x initial. */
export const retrySchema = z.object({
  initialIntervalMs: durationMs.default(1000),
  backoffCoefficient: z.number().min(1).max(10).default(2),
  maximumIntervalMs: durationMs.default(100_000),
  maximumAttempts: z.number().int().min(1).max(100).default(4),
});

/** Faults any component can carry; the Inspector edits these. */
export const componentFaultsSchema = z.object({
  failureRate: probability.default(0),
  failNext: z.number().int().min(0).max(1_000_000).default(0),
  slowFactor: z.number().min(1).max(100).default(1),
  down: z.boolean().default(false),
  /** Overrides the component's median latency while set. */
  latencyMs: durationMs.optional(),
});

export const producerConfig = z.object({
  ratePerSecond: z.number().min(0).max(100_000).default(5),
  users: z.number().int().min(1).max(1_000_000).default(50),
  catalogSize: z.number().int().min(1).max(100_000).default(20),
  maxItemsPerOrder: z.number().int().min(1).max(50).default(3),
  keyBy: z.enum(['user', 'order']).default('order'),
  payloadStyle: z.enum(['notification', 'event-carried-state']).default('event-carried-state'),
  emit: z.enum(['commands', 'events']).default('commands'),
  maxOrders: z.number().int().min(0).max(10_000_000).default(0),
});

export const eventBusConfig = z.object({
  partitions: z.number().int().min(1).max(256).default(4),
  delivery: z.enum(['at-least-once', 'at-most-once']).default('at-least-once'),
  latency: latencySchema.default({ medianMs: 5, sigma: 0.2 }),
  duplicateRate: probability.default(0),
  dropRate: probability.default(0),
  reorderJitterMs: durationMs.default(0),
});

export const eventStoreConfig = z.object({
  appendLatency: latencySchema.default({ medianMs: 2, sigma: 0.1 }),
});

export const orderServiceConfig = z.object({
  latency: latencySchema.default({ medianMs: 10, sigma: 0.3 }),
  /**
   * Commands handled at once, the rest waiting in one FIFO queue (an M/M/c server when arrivals
   * are Poisson and latency exponential). Absent: every command is handled at once, unbounded.
   */
  instances: z.number().int().min(1).max(64).optional(),
});

export const consumerConfig = z.object({
  group: z.string().min(1).max(64).default('consumers'),
  subscribe: z
    .string()
    .min(1)
    .max(100)
    .superRefine((pattern, ctx) => {
      try {
        validatePattern(pattern);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
      }
    })
    .default('order.*'),
  instances: z.number().int().min(1).max(64).default(1),
  latency: latencySchema.default({ medianMs: 20, sigma: 0.5 }),
  idempotent: z.boolean().default(true),
  retry: retrySchema.default({
    initialIntervalMs: 1000,
    backoffCoefficient: 2,
    maximumIntervalMs: 100_000,
    maximumAttempts: 4,
  }),
  /**
   * Share of messages this handler can never process (a bug meeting certain data): chosen by
   * event id, so the same messages fail every attempt and end in the dead-letter queue, unlike
   * the failure rate's random, retryable failures. Setting it to 0 is "deploying the fix".
   */
  poisonRate: probability.default(0),
});

export const projectionConfig = z.object({
  projection: z.enum(['order-list', 'order-statistics']).default('order-list'),
  pollIntervalMs: durationMs.default(100),
  batchSize: z.number().int().min(1).max(10_000).default(100),
});

export const sagaConfig = z.object({
  stepTimeoutMs: durationMs.default(5000),
  maxStepAttempts: z.number().int().min(1).max(20).default(3),
  maxCompensationAttempts: z.number().int().min(1).max(20).default(5),
  retryIntervalMs: durationMs.default(1000),
  /** Cap on the doubling wait between attempts of a step after the pivot (retried until done). */
  maximumIntervalMs: durationMs.default(30_000),
});

export const participantConfig = z.object({
  latency: latencySchema.default({ medianMs: 50, sigma: 0.4 }),
});

export const deadLetterQueueConfig = z.object({
  capacity: z.number().int().min(1).max(10_000_000).default(100_000),
});

export const queryApiConfig = z.object({
  ratePerSecond: z.number().min(0).max(10_000).default(2),
  readYourWrites: z.boolean().default(false),
});

export type ComponentFaults = z.output<typeof componentFaultsSchema>;
export type RetrySettings = z.output<typeof retrySchema>;
export type LatencySettings = z.output<typeof latencySchema>;
