import { describe, expect, it } from 'vitest';
import { dlqOf, pipeline } from './pipeline-scenario';

const everything = () =>
  pipeline({
    seed: 99,
    producer: { maxOrders: 150, ratePerSecond: 80, payloadStyle: 'notification' },
    bus: { duplicateRate: 0.2 },
    consumers: [
      { id: 'flaky', faults: { failureRate: 0.3 }, dlq: { id: 'dlq' } },
      { id: 'naive', config: { idempotent: false, instances: 2 } },
    ],
    projection: { pollIntervalMs: 250 },
    queryApi: { ratePerSecond: 10, readYourWrites: true },
  });

describe('given one scenario with failures, duplicates, a crash and a redrive', () => {
  it('when it runs twice with the same seed, then both logs hash the same', () => {
    const run = () => {
      const sim = everything();
      sim.inject({ target: 'naive', setting: 'down', value: true, atMs: 700, durationMs: 400 });
      sim.runUntil(30_000);
      dlqOf(sim, 'dlq').redriveAll();
      sim.runUntil(40_000);
      return sim.summary();
    };
    const first = run();

    expect(first.events).toBeGreaterThan(150);
    expect(run()).toEqual(first);
  });
});
