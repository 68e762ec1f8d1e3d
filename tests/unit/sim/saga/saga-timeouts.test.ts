import { describe, expect, it } from 'vitest';
import { extraOf, fieldOf, sagaRun, startedSteps, streamOf } from './saga-scenario';

/** Payment is down from 50 ms (before the saga asks it) for `durationMs`. */
function paymentDownFor(durationMs: number) {
  const run = sagaRun();
  run.sim.inject({ target: 'payment', setting: 'down', value: true, atMs: 50, durationMs });
  return run;
}

const timeouts = (sagaEvents: ReturnType<typeof streamOf>) =>
  sagaEvents
    .filter((event) => event.type === 'saga.step.timed-out')
    .map((event) => event.data as { step: string; attempt: number; willRetry: boolean });

describe('given the order saga (timeout 5 s, 3 attempts, 1 s between) and a payment service that is down', () => {
  it('when payment is back within the retry budget, then the step times out, is retried and the saga completes', () => {
    const { sim } = paymentDownFor(6_000);
    sim.runUntil(30_000);

    expect(timeouts(streamOf(sim, 'saga-o-1'))).toEqual([
      { step: 'process-payment', attempt: 1, willRetry: true },
    ]);
    expect(startedSteps(sim)).toEqual([
      'reserve-inventory#1',
      'process-payment#1',
      'process-payment#2',
      'confirm-order#1',
      'send-notification#1',
    ]);
    expect(streamOf(sim, 'saga-o-1').at(-1)?.type).toBe('saga.completed');
    expect(extraOf(sim, 'saga', 'stepTimeouts')).toBe(1);
    expect(extraOf(sim, 'saga', 'stepRetries')).toBe(1);
    expect(extraOf(sim, 'payment', 'refusedWhileDown')).toBe(1);
  });

  it('when payment stays down past every attempt, then the saga compensates and the order is rejected', () => {
    const { sim } = paymentDownFor(60_000);
    sim.runUntil(60_000);

    expect(timeouts(streamOf(sim, 'saga-o-1')).map((data) => data.willRetry)).toEqual([
      true,
      true,
      false,
    ]);
    expect(startedSteps(sim).slice(-2)).toEqual(['release-inventory#1', 'reject-order#1']);
    expect(streamOf(sim, 'order-o-1').at(-1)?.type).toBe('order.cancelled');
    expect(sim.summary().sagas.compensated).toBe(1);
  });

  it('when payment crashes while handling the request, then the lost reply is noticed by the timeout', () => {
    const { sim } = sagaRun();
    const payment = sim.component('payment');
    while (payment?.metrics.inFlight !== 1) sim.step();
    sim.inject({ target: 'payment', setting: 'down', value: true, durationMs: 100 });
    sim.runUntil(30_000);

    expect(extraOf(sim, 'payment', 'lostInCrash')).toBe(1);
    expect(timeouts(streamOf(sim, 'saga-o-1'))).toHaveLength(1);
    expect(streamOf(sim, 'saga-o-1').at(-1)?.type).toBe('saga.completed');
    expect(streamOf(sim, 'payment-o-1').map((event) => event.type)).toEqual(['payment.processed']);
  });
});

describe('given the order saga with no payment service connected', () => {
  it('when it reaches the payment step, then the step fails at once with the reason and the saga compensates', () => {
    const { sim } = sagaRun({ without: ['saga->payment'] });
    sim.runUntil(30_000);

    const failed = streamOf(sim, 'saga-o-1').find((event) => event.type === 'saga.step.failed');
    expect(failed?.data).toEqual({
      step: 'process-payment',
      attempt: 1,
      reason: 'no payment connected',
      willRetry: false,
    });
    expect(startedSteps(sim)).toEqual([
      'reserve-inventory#1',
      'process-payment#1',
      'release-inventory#1',
      'reject-order#1',
    ]);
    const errors = streamOf(sim, 'system-saga').filter((e) => e.type === 'system.error.occurred');
    expect(errors.map((event) => fieldOf(event, 'reason'))).toEqual([
      'saga: no payment connected for process-payment',
    ]);
    expect(streamOf(sim, 'order-o-1').at(-1)?.type).toBe('order.cancelled');
  });
});

describe('given an inventory so slow (20 s median) that every reservation attempt times out', () => {
  it('when its reservation succeeds after the saga gave up, then the late reservation is released and the saga ends compensated once', () => {
    const { sim } = sagaRun();
    sim.inject({ target: 'inventory', setting: 'latency-ms', value: 20_000 });
    sim.runUntil(120_000);

    const steps = startedSteps(sim);
    expect(steps.slice(0, 4)).toEqual([
      'reserve-inventory#1',
      'reserve-inventory#2',
      'reserve-inventory#3',
      'reject-order#1',
    ]);
    expect(steps[4]).toBe('release-inventory#1');
    const succeeded = streamOf(sim, 'saga-o-1').filter((e) => e.type === 'saga.step.succeeded');
    expect(succeeded.map((event) => event.data)).toContainEqual(
      expect.objectContaining({ step: 'reserve-inventory', late: true }),
    );
    expect(streamOf(sim, 'saga-o-1').at(-1)?.type).toBe('saga.compensated');
    expect(sim.summary().sagas).toEqual({ completed: 0, compensated: 1, stuck: 0 });
    expect(extraOf(sim, 'saga', 'sagasReopened')).toBe(1);
    expect(extraOf(sim, 'inventory', 'unitsReserved')).toBe(0);
    expect(streamOf(sim, 'order-o-1').at(-1)?.type).toBe('order.cancelled');
  });
});
