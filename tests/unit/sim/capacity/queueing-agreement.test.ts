import { describe, expect, it } from 'vitest';
import { mm1, mmc, type QueueFigures } from '../../../../src/sim/analysis/queueing-models';
import { Simulation } from '../../../../src/sim/engine/simulation';
import type { CapacityFigures } from '../../../../src/sim/metrics/capacity-figures';
import { loadScenario } from '../../../../src/sim/scenario/load-scenario';

// The engine's capacity figures against queueing theory: Poisson arrivals (the producer's
// exponential gaps) and exponential service times (latency `distribution: 'exponential'`), run
// long enough that a time average settles. Each run is seeded, so it replays exactly.
const SEED = 16;
// Long enough that the time averages settle well inside 10%: the M/M/1 queue at ρ = 0.8 relaxes
// slowly (its L has a standard error near 4% after 100 minutes), the pooled M/M/3 one faster.
const MM1_RUN_MS = 6_000_000;
const MMC_RUN_MS = 3_000_000;
const TOLERANCE = 0.1;

/** An exponential service time with mean `meanMs`, as a latency setting (it takes the median). */
const exponentialService = (meanMs: number) => ({
  medianMs: meanMs * Math.LN2,
  sigma: 0,
  distribution: 'exponential' as const,
});

/** The component's figures since the start, after checking its snapshot carries live ones. */
function run(scenario: unknown, componentId: string, runMs: number): CapacityFigures {
  const loaded = loadScenario(scenario);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const simulation = new Simulation(loaded.scenario);
  simulation.runUntil(runMs);
  const component = simulation.component(componentId);
  if (!component?.capacity) throw new Error(`${componentId} has no capacity meter`);
  const live = component.snapshot().capacity;
  expect(live?.arrivalRate).toBeGreaterThan(0);
  expect(live?.littleRatio).toBeGreaterThan(0);
  return component.capacity.sinceStart(simulation.scheduler.now());
}

function expectAgreement(measured: CapacityFigures, theory: QueueFigures): void {
  const within = (value: number, expected: number) =>
    expect(Math.abs(value / expected - 1)).toBeLessThan(TOLERANCE);
  within(measured.inSystem, theory.inSystem);
  within(measured.timeInSystemMs / 1000, theory.timeInSystem);
  within(measured.utilisation ?? 0, theory.utilisation);
  expect(measured.littleRatio).toBeCloseTo(1, 1);
}

describe('given an M/M/1 queue: Poisson orders at λ = 8/s on a one-partition bus, one consumer instance with μ = 10/s', () => {
  it(`when run for ${MM1_RUN_MS / 60_000} virtual minutes (seed ${SEED}), then L and W are within 10% of ρ/(1-ρ) = 4 and 1/(μ-λ) = 0.5 s`, () => {
    const measured = run(
      {
        version: 2,
        name: 'M/M/1',
        seed: SEED,
        components: [
          {
            id: 'api',
            kind: 'producer',
            name: 'api',
            config: { ratePerSecond: 8, emit: 'events' },
          },
          {
            id: 'bus',
            kind: 'event-bus',
            name: 'bus',
            config: { partitions: 1, latency: { medianMs: 0, sigma: 0 } },
          },
          {
            id: 'worker',
            kind: 'consumer',
            name: 'worker',
            config: { instances: 1, latency: exponentialService(100) },
          },
        ],
        connections: [
          { id: 'c1', source: 'api', target: 'bus' },
          { id: 'c2', source: 'bus', target: 'worker' },
        ],
      },
      'worker',
      MM1_RUN_MS,
    );
    expect(measured.servers).toBe(1);
    expect(measured.arrivalRate).toBeCloseTo(8, 0);
    expect(measured.serviceRate).toBeCloseTo(10, 0);
    expectAgreement(measured, mm1(8, 10));
  });
});

describe('given an M/M/3 queue: Poisson commands at λ = 24/s to an Order Service of 3 instances with μ = 10/s each', () => {
  it(`when run for ${MMC_RUN_MS / 60_000} virtual minutes (seed ${SEED}), then L and W are within 10% of the Erlang C figures`, () => {
    const measured = run(
      {
        version: 2,
        name: 'M/M/3',
        seed: SEED,
        components: [
          { id: 'api', kind: 'producer', name: 'api', config: { ratePerSecond: 24 } },
          {
            id: 'orders',
            kind: 'order-service',
            name: 'orders',
            config: { instances: 3, latency: exponentialService(100) },
          },
        ],
        connections: [{ id: 'c1', source: 'api', target: 'orders' }],
      },
      'orders',
      MMC_RUN_MS,
    );
    expect(measured.servers).toBe(3);
    expect(measured.capacity).toBeCloseTo(30, 0);
    expectAgreement(measured, mmc(24, 10, 3));
  });
});
