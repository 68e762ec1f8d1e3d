import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConsumerComponent } from '../../src/sim/components/consumer/consumer-component';
import { Simulation } from '../../src/sim/engine/simulation';
import { SETTLE_MS, type SimVariant, scenarioFor, simVariant } from '../support/sim-arbitrary';

// The delivery counts every view reads (src/sim/metrics/delivery-counts.ts) against what the
// log and the analytics consumer's trace say, over random variants of the example: delivery
// guarantee, partitions, duplicates, drops, failure rates, a crash. Fixed seed, so a failure
// replays; fast-check prints it with the shrunk counterexample.
const SEED = 20261207;
const RUNS = 20;

function settledRun(variant: SimVariant) {
  const sim = new Simulation(scenarioFor(variant));
  const trace = (sim.component('analytics') as ConsumerComponent).traceApplied();
  sim.runUntil(SETTLE_MS);
  return { sim, trace, delivery: sim.summary().delivery };
}

describe('delivery counts over random scenarios, seeds and faults', () => {
  it(`equal the counts derived from the log and the consumer's trace (seed ${SEED}, ${RUNS} runs)`, () => {
    fc.assert(
      fc.property(simVariant, (variant) => {
        const { sim, trace, delivery } = settledRun(variant);
        const analytics = delivery.analytics!;
        const bus = delivery.bus!;
        const warnings = sim
          .events()
          .filter((event) => event.type === 'system.duplicate.applied').length;

        // Applied: first applications are the distinct ids traced; repeats are traced and logged.
        expect(analytics.deliveredOnce).toBe(new Set(trace.map((record) => record.eventId)).size);
        expect(analytics.duplicatesApplied).toBe(trace.filter((record) => record.repeat).length);
        expect(analytics.duplicatesApplied).toBe(warnings);
        // An idempotent consumer applies nothing twice; one that is not catches nothing.
        if (variant.consumerIdempotent) expect(analytics.duplicatesApplied).toBe(0);
        else expect(analytics.duplicatesCaught).toBe(0);
        // Only the analytics group redelivers to analytics: a crash of another component
        // (the saga's group, or a participant outside the bus) redelivers nothing to it.
        const analyticsCrashed = variant.crash?.target === 'analytics';
        expect(analytics.redelivered).toBe(analyticsCrashed ? bus.redelivered : 0);
        if (variant.delivery === 'at-most-once') expect(bus.redelivered).toBe(0);
        else {
          expect(bus.lost).toBe(0);
          expect(bus.dropped).toBe(0);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
