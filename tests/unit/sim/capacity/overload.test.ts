import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../../src/sim/engine/simulation';
import { loadScenario } from '../../../../src/sim/scenario/load-scenario';

/** Orders at `ratePerSecond` on a one-partition bus to one consumer taking 100 ms each. */
function consumerRun(ratePerSecond: number, runMs: number) {
  const loaded = loadScenario({
    version: 2,
    name: 'overload',
    seed: 7,
    components: [
      { id: 'api', kind: 'producer', name: 'api', config: { ratePerSecond, emit: 'events' } },
      { id: 'bus', kind: 'event-bus', name: 'bus', config: { partitions: 1 } },
      {
        id: 'worker',
        kind: 'consumer',
        name: 'worker',
        config: { latency: { medianMs: 100, sigma: 0 } },
      },
    ],
    connections: [
      { id: 'c1', source: 'api', target: 'bus' },
      { id: 'c2', source: 'bus', target: 'worker' },
    ],
  });
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const simulation = new Simulation(loaded.scenario);
  simulation.runUntil(runMs);
  const capacity = simulation.component('worker')?.snapshot().capacity;
  if (!capacity) throw new Error('the consumer reports no capacity');
  return capacity;
}

describe('given a consumer that serves 10/s', () => {
  it('when about 20/s arrive for 60 s, then its snapshot flags ρ >= 1 with the growth and the drain time', () => {
    const capacity = consumerRun(20, 60_000);
    expect(capacity.serviceRate).toBeCloseTo(10, 1);
    expect(capacity.utilisation).toBeGreaterThan(1.5);
    const overload = capacity.overload;
    if (!overload) throw new Error('not flagged');
    expect(overload.growthPerSecond).toBeCloseTo(
      capacity.arrivalRate - (capacity.capacity ?? 0),
      6,
    );
    expect(overload.growthPerSecond).toBeGreaterThan(7);
    expect(capacity.backlog).toBeGreaterThan(400);
    expect(overload.drainSeconds).toBeCloseTo(capacity.backlog / (capacity.capacity ?? 0), 6);
  });

  it('when about 5/s arrive, then ρ is about 0.5 and nothing is flagged', () => {
    const capacity = consumerRun(5, 60_000);
    expect(capacity.utilisation).toBeGreaterThan(0.35);
    expect(capacity.utilisation).toBeLessThan(0.65);
    expect(capacity.overload).toBeUndefined();
  });
});
