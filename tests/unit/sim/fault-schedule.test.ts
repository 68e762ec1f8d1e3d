import { describe, expect, it } from 'vitest';
import { Simulation } from '../../../src/sim/engine/simulation';
import { scenarioFor } from '../../support/sim-arbitrary';

const quiet = {
  seed: 11,
  partitions: 2,
  delivery: 'at-least-once' as const,
  duplicateRate: 0,
  dropRate: 0,
  consumerIdempotent: true,
  consumerInstances: 1,
  consumerFailureRate: 0,
  paymentFailureRate: 0,
  inventoryFailureRate: 0,
  crash: null,
  orders: 400,
};

function systemEvents(simulation: Simulation, componentId: string) {
  return simulation
    .events()
    .filter((event) => event.streamId === `system-${componentId}`)
    .map((event) => ({ type: event.type, time: Math.round(event.time) }));
}

describe('given a scenario with a scheduled outage of Payment from 2 s for 3 s', () => {
  const scenario = { ...scenarioFor(quiet) };
  const withOutage = {
    ...scenario,
    faults: [
      { atMs: 2000, durationMs: 3000, target: 'payment', setting: 'down' as const, value: true },
    ],
  };

  it('when run, then Payment crashes at 2 s and restarts at 5 s, visibly in the log', () => {
    const simulation = new Simulation(withOutage);
    simulation.runUntil(1999);
    expect(simulation.component('payment')?.faults.down).toBe(false);
    simulation.runUntil(4999);
    expect(simulation.component('payment')?.faults.down).toBe(true);
    simulation.runUntil(10_000);
    expect(simulation.component('payment')?.faults.down).toBe(false);
    expect(systemEvents(simulation, 'payment')).toEqual([
      { type: 'system.service.started', time: 0 },
      { type: 'system.service.crashed', time: 2000 },
      { type: 'system.service.restarted', time: 5000 },
    ]);
  });

  it('when run, then sagas waiting on payment during the outage time out, and retry or compensate', () => {
    const simulation = new Simulation(withOutage);
    simulation.runUntil(60_000);
    const timeouts = simulation
      .events()
      .filter((event) => event.type === 'saga.step.timed-out')
      .map((event) => event.data as { step: string });
    expect(timeouts.length).toBeGreaterThan(0);
    expect(new Set(timeouts.map((timeout) => timeout.step))).toEqual(new Set(['process-payment']));
    const baseline = new Simulation(scenario);
    baseline.runUntil(60_000);
    expect(baseline.events().some((event) => event.type === 'saga.step.timed-out')).toBe(false);
  });

  it('when a fault "now" is injected before the start, then it applies after the components start', () => {
    const simulation = new Simulation(scenario);
    simulation.inject({ target: 'inventory', setting: 'down', value: true });
    simulation.runUntil(10);
    expect(systemEvents(simulation, 'inventory').map((event) => event.type)).toEqual([
      'system.service.started',
      'system.service.crashed',
    ]);
  });

  it('when a failure-rate fault has a duration, then the previous rate returns afterwards', () => {
    const simulation = new Simulation(scenario);
    simulation.inject({
      target: 'payment',
      setting: 'failure-rate',
      value: 0.5,
      atMs: 1000,
      durationMs: 500,
    });
    simulation.runUntil(1200);
    expect(simulation.component('payment')?.faults.failureRate).toBe(0.5);
    simulation.runUntil(1600);
    expect(simulation.component('payment')?.faults.failureRate).toBe(0);
  });
});
