import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { loadScenario } from '../../src/sim/scenario/load-scenario';
import type { Scenario } from '../../src/sim/scenario/scenario-schema';

/** The shipped order-saga example, as raw JSON, to vary in property tests. */
export function exampleScenarioJson(): Record<string, unknown> {
  const path = resolve(__dirname, '../../public/scenarios/order-saga.json');
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Knobs a property run turns on the example: delivery, partitions, faults, seed. */
export interface SimVariant {
  readonly seed: number;
  readonly partitions: number;
  readonly delivery: 'at-least-once' | 'at-most-once';
  readonly duplicateRate: number;
  readonly dropRate: number;
  readonly consumerIdempotent: boolean;
  readonly consumerInstances: number;
  readonly consumerFailureRate: number;
  readonly paymentFailureRate: number;
  readonly inventoryFailureRate: number;
  readonly crash: {
    target: 'analytics' | 'payment' | 'saga' | 'inventory';
    atMs: number;
    durationMs: number;
  } | null;
  readonly orders: number;
}

export const simVariant: fc.Arbitrary<SimVariant> = fc.record({
  seed: fc.integer({ min: 0, max: 0xffff }),
  partitions: fc.integer({ min: 1, max: 6 }),
  delivery: fc.constantFrom('at-least-once' as const, 'at-most-once' as const),
  duplicateRate: fc.constantFrom(0, 0.1, 0.3),
  dropRate: fc.constantFrom(0, 0.1),
  consumerIdempotent: fc.boolean(),
  consumerInstances: fc.integer({ min: 1, max: 3 }),
  consumerFailureRate: fc.constantFrom(0, 0.2, 0.6),
  paymentFailureRate: fc.constantFrom(0, 0.2, 0.7),
  inventoryFailureRate: fc.constantFrom(0, 0.1),
  crash: fc.option(
    fc.record({
      target: fc.constantFrom(
        'analytics' as const,
        'payment' as const,
        'saga' as const,
        'inventory' as const,
      ),
      atMs: fc.integer({ min: 200, max: 3000 }),
      durationMs: fc.integer({ min: 100, max: 8000 }),
    }),
    { nil: null },
  ),
  orders: fc.integer({ min: 5, max: 40 }),
});

/** The example with a variant applied: a bounded number of orders so the run settles. */
export function scenarioFor(variant: SimVariant): Scenario {
  const raw = exampleScenarioJson() as { components: Array<Record<string, unknown>> } & Record<
    string,
    unknown
  >;
  const config = (id: string, patch: Record<string, unknown>) => {
    const component = raw.components.find((candidate) => candidate.id === id);
    if (!component) throw new Error(`example has no component ${id}`);
    component.config = { ...(component.config as object), ...patch };
  };
  const faults = (id: string, patch: Record<string, unknown>) => {
    const component = raw.components.find((candidate) => candidate.id === id)!;
    component.faults = { ...(component.faults as object), ...patch };
  };
  config('api', { ratePerSecond: 20, maxOrders: variant.orders });
  config('bus', {
    partitions: variant.partitions,
    delivery: variant.delivery,
    duplicateRate: variant.duplicateRate,
    dropRate: variant.delivery === 'at-most-once' ? variant.dropRate : 0,
  });
  config('analytics', {
    idempotent: variant.consumerIdempotent,
    instances: variant.consumerInstances,
  });
  faults('analytics', { failureRate: variant.consumerFailureRate });
  faults('payment', { failureRate: variant.paymentFailureRate });
  faults('inventory', { failureRate: variant.inventoryFailureRate });
  const scheduled = variant.crash
    ? [
        {
          atMs: variant.crash.atMs,
          durationMs: variant.crash.durationMs,
          target: variant.crash.target,
          setting: 'down',
          value: true,
        },
      ]
    : [];
  const result = loadScenario({ ...raw, seed: variant.seed, faults: scheduled });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.scenario;
}

/** Virtual time long enough for every order, retry, backoff and compensation to settle. */
export const SETTLE_MS = 600_000;
