import { describe, expect, it } from 'vitest';
import type { Simulation } from '../../../../src/sim/engine/simulation';
import { extraOf, fieldOf, sagaRun, startedSteps, streamOf } from './saga-scenario';

function runUntilStarted(sim: Simulation, step: string): void {
  while (!startedSteps(sim).includes(step)) {
    if (!sim.step()) throw new Error(`the saga never started ${step}`);
  }
}

const recoveries = (sim: Simulation) =>
  streamOf(sim, 'system-saga').filter((event) => event.type === 'system.saga.recovered');

describe('given a saga waiting for the payment reply', () => {
  it('when it crashes for 2 s and restarts, then it rebuilds from its stream and finishes without repeating a step', () => {
    const { sim } = sagaRun();
    runUntilStarted(sim, 'process-payment#1');
    // Crash once the command is out: payment is working on it.
    while (sim.component('payment')?.metrics.inFlight !== 1) sim.step();
    sim.inject({ target: 'saga', setting: 'down', value: true, durationMs: 2_000 });
    sim.runUntil(30_000);

    expect(recoveries(sim).map((event) => event.data)).toEqual([
      { componentId: 'saga', sagas: 1, inFlight: 1 },
    ]);
    // The reply reached the bus while the saga was down; the bus held it until the restart.
    expect(startedSteps(sim)).toEqual([
      'reserve-inventory#1',
      'process-payment#1',
      'confirm-order#1',
      'send-notification#1',
    ]);
    expect(streamOf(sim, 'saga-o-1').at(-1)?.type).toBe('saga.completed');
    expect(sim.summary().sagas).toEqual({ completed: 1, compensated: 0, stuck: 0 });
    expect(extraOf(sim, 'saga', 'sagasStarted')).toBe(1);
    expect(extraOf(sim, 'saga', 'sagasRecovered')).toBe(1);
  });

  it('when it crashes during a retry delay, then the re-armed timeout retries the step after the restart', () => {
    const { sim } = sagaRun({ faults: { payment: { failNext: 1 } } });
    runUntilStarted(sim, 'process-payment#2');
    // The retry's command would go out 1 s later; the crash voids that timer.
    sim.inject({ target: 'saga', setting: 'down', value: true, durationMs: 500 });
    sim.runUntil(30_000);

    const timedOut = streamOf(sim, 'saga-o-1').filter((e) => e.type === 'saga.step.timed-out');
    expect(timedOut.map((event) => event.data)).toEqual([
      { step: 'process-payment', attempt: 2, willRetry: true },
    ]);
    expect(startedSteps(sim)).toContain('process-payment#3');
    expect(streamOf(sim, 'saga-o-1').at(-1)?.type).toBe('saga.completed');
    expect(streamOf(sim, 'payment-o-1').map((event) => event.type)).toEqual([
      'payment.failed',
      'payment.processed',
    ]);
    // The first attempt's failure came back again after the restart; it did not count twice.
    expect(extraOf(sim, 'saga', 'staleFailures')).toBeGreaterThanOrEqual(1);
  });

  it('when a finished saga crashes and restarts, then it recovers it as finished and arms no timer', () => {
    const { sim } = sagaRun();
    sim.runUntil(10_000);
    sim.inject({ target: 'saga', setting: 'down', value: true, durationMs: 100 });
    sim.runUntil(20_000);

    expect(recoveries(sim).map((event) => event.data)).toEqual([
      { componentId: 'saga', sagas: 1, inFlight: 0 },
    ]);
    expect(streamOf(sim, 'saga-o-1').filter((e) => e.type === 'saga.started')).toHaveLength(1);
    expect(sim.summary().sagas.completed).toBe(1);
  });
});

describe('given a saga that fails to handle its next two deliveries', () => {
  it('when the order runs, then each failure is reported, the delivery is handled again and the saga completes', () => {
    const { sim } = sagaRun({ faults: { saga: { failNext: 2 } } });
    sim.runUntil(30_000);

    const errors = streamOf(sim, 'system-saga').filter((e) => e.type === 'system.error.occurred');
    expect(errors.map((event) => fieldOf(event, 'reason'))).toEqual([
      'saga failed handling order.placed',
      'saga failed handling order.placed',
    ]);
    expect(streamOf(sim, 'saga-o-1').filter((e) => e.type === 'saga.started')).toHaveLength(1);
    expect(streamOf(sim, 'saga-o-1').at(-1)?.type).toBe('saga.completed');
  });
});
