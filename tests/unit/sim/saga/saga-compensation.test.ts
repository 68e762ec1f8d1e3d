import { describe, expect, it } from 'vitest';
import type { Simulation } from '../../../../src/sim/engine/simulation';
import { extraOf, fieldOf, sagaRun, startedSteps, streamOf, typesOf } from './saga-scenario';

/** Steps the run until the saga has started `step` (first attempt). */
function runUntilStarted(sim: Simulation, step: string): void {
  while (!startedSteps(sim).includes(`${step}#1`)) {
    if (!sim.step()) throw new Error(`the saga never started ${step}`);
  }
}

/** Replies of participants (and the order service) for the order, in log order. */
function replies(sim: Simulation): string[] {
  return typesOf(sim, /^(inventory|payment|notification|order)\./).filter(
    (type) => type !== 'order.placed',
  );
}

const attempts = (step: string) => [`${step}#1`, `${step}#2`, `${step}#3`];

describe('given the order saga and a participant that fails for good (3 attempts per step up to the pivot)', () => {
  it('when reserve-inventory fails, then nothing is compensated and the pending order is rejected', () => {
    const { sim } = sagaRun({ faults: { inventory: { failureRate: 1 } } });
    sim.runUntil(30_000);

    expect(startedSteps(sim)).toEqual([...attempts('reserve-inventory'), 'reject-order#1']);
    expect(replies(sim)).toEqual([
      'inventory.reservation-failed',
      'inventory.reservation-failed',
      'inventory.reservation-failed',
      'order.cancelled',
    ]);
    expect(streamOf(sim, 'order-o-1').at(-1)?.type).toBe('order.cancelled');
    expect(sim.summary().sagas).toEqual({ completed: 0, compensated: 1, stuck: 0 });
  });

  it('when process-payment fails, then inventory is released and the order rejected', () => {
    const { sim } = sagaRun({ faults: { payment: { failureRate: 1 } } });
    sim.runUntil(30_000);

    expect(startedSteps(sim)).toEqual([
      'reserve-inventory#1',
      ...attempts('process-payment'),
      'release-inventory#1',
      'reject-order#1',
    ]);
    expect(replies(sim)).toEqual([
      'inventory.reserved',
      'payment.failed',
      'payment.failed',
      'payment.failed',
      'inventory.released',
      'order.cancelled',
    ]);
    expect(streamOf(sim, 'order-o-1').at(-1)?.type).toBe('order.cancelled');
    expect(extraOf(sim, 'inventory', 'unitsReserved')).toBe(0);
  });
});

describe('given the order saga past its pivot (the payment went through) and a step that fails', () => {
  it('when confirm-order fails 3 times (the order service fails technically), then it is retried until it succeeds and nothing is refunded', () => {
    const { sim } = sagaRun();
    runUntilStarted(sim, 'confirm-order');
    sim.inject({ target: 'orders', setting: 'fail-next', value: 3 });
    sim.runUntil(30_000);

    expect(startedSteps(sim)).toEqual([
      'reserve-inventory#1',
      'process-payment#1',
      ...[1, 2, 3, 4].map((attempt) => `confirm-order#${attempt}`),
      'send-notification#1',
    ]);
    expect(replies(sim)).toEqual([
      'inventory.reserved',
      'payment.processed',
      'order.confirmation-failed',
      'order.confirmation-failed',
      'order.confirmation-failed',
      'order.confirmed',
      'notification.email.sent',
    ]);
    expect(sim.summary().sagas).toEqual({ completed: 1, compensated: 0, stuck: 0 });
  });

  it('when send-notification fails 5 times, then it is retried with doubling waits until it is sent, and the order stays confirmed', () => {
    const { sim } = sagaRun({ faults: { notification: { failNext: 5 } } });
    sim.runUntil(60_000);

    const notifications = streamOf(sim, 'saga-o-1').filter(
      (event) =>
        event.type === 'saga.step.started' && fieldOf(event, 'step') === 'send-notification',
    );
    expect(notifications.map((event) => fieldOf(event, 'delayMs'))).toEqual([
      0, 1000, 2000, 4000, 8000, 16_000,
    ]);
    expect(replies(sim).slice(-6)).toEqual([
      ...Array.from({ length: 5 }, () => 'notification.failed'),
      'notification.email.sent',
    ]);
    expect(streamOf(sim, 'order-o-1').map((event) => event.type)).toEqual([
      'order.placed',
      'order.confirmed',
    ]);
    expect(typesOf(sim, /^payment\.refunded$/)).toEqual([]);
    expect(extraOf(sim, 'saga', 'compensationsRun')).toBe(0);
    expect(extraOf(sim, 'saga', 'stepRetries')).toBe(5);
    expect(sim.summary().sagas).toEqual({ completed: 1, compensated: 0, stuck: 0 });
  });
});

describe('given the order saga past its pivot and an at-most-once bus that drops the order’s confirmation', () => {
  it('when the retried confirmations go unanswered (the order is already confirmed), then after the attempts a step before the pivot gets the saga finds the confirmation in the log and completes', () => {
    const { sim } = sagaRun({ config: { bus: { delivery: 'at-most-once' } } });
    runUntilStarted(sim, 'confirm-order');
    // Long enough for the Order Service to confirm and the bus to drop what it publishes.
    sim.inject({ target: 'bus', setting: 'drop-rate', value: 1, durationMs: 1_000 });
    sim.runUntil(60_000);

    expect(startedSteps(sim)).toEqual([
      'reserve-inventory#1',
      'process-payment#1',
      'confirm-order#1',
      'confirm-order#2',
      'confirm-order#3',
      'send-notification#1',
    ]);
    expect(streamOf(sim, 'order-o-1').map((event) => event.type)).toEqual([
      'order.placed',
      'order.confirmed',
    ]);
    expect(extraOf(sim, 'saga', 'answersFoundInLog')).toBe(1);
    expect(sim.summary().sagas).toEqual({ completed: 1, compensated: 0, stuck: 0 });
  });
});

describe('given a saga compensating after a payment failure, and an inventory that then fails for good', () => {
  it('when the release keeps failing, then the saga is stuck, visibly', () => {
    const { sim } = sagaRun({ faults: { payment: { failureRate: 1 } } });
    runUntilStarted(sim, 'process-payment');
    sim.inject({ target: 'inventory', setting: 'failure-rate', value: 1 });
    sim.runUntil(60_000);

    const releases = startedSteps(sim).filter((step) => step.startsWith('release-inventory'));
    expect(releases).toEqual([1, 2, 3, 4, 5].map((attempt) => `release-inventory#${attempt}`));
    const stuck = streamOf(sim, 'saga-o-1').at(-1);
    expect(stuck?.type).toBe('saga.stuck');
    expect(stuck?.data).toMatchObject({ orderId: 'o-1', step: 'release-inventory', attempts: 5 });
    const system = streamOf(sim, 'system-saga').filter(
      (event) => event.type === 'system.saga.stuck',
    );
    expect(system).toHaveLength(1);
    expect(system[0]?.data).toMatchObject({ orderId: 'o-1', step: 'release-inventory' });
    expect(system[0]?.causationId).toBe(stuck?.id);
    expect(sim.summary().sagas).toEqual({ completed: 0, compensated: 0, stuck: 1 });
    expect(extraOf(sim, 'saga', 'sagasStuck')).toBe(1);
    expect(extraOf(sim, 'saga', 'sagasRunning')).toBe(0);
    // The rejection never ran: the order is still pending, which is why "stuck" must be visible.
    expect(streamOf(sim, 'order-o-1').at(-1)?.type).toBe('order.placed');
  });
});
