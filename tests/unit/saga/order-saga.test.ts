import { describe, expect, it } from 'vitest';
import {
  decideOrderSaga,
  type OrderSagaInput,
  type OrderSagaSettings,
} from '../../../src/core/saga/order-saga-decide';
import type { OrderSagaEvent } from '../../../src/core/saga/order-saga-events';
import { evolveOrderSaga } from '../../../src/core/saga/order-saga-evolve';
import { initialSagaState, type OrderSagaState } from '../../../src/core/saga/order-saga-state';
import {
  type ForwardStep,
  forwardSteps,
  type SagaStep,
  stepDefinitions,
} from '../../../src/core/saga/order-saga-steps';

const settings: OrderSagaSettings = {
  maxStepAttempts: 2,
  maxCompensationAttempts: 3,
  retryIntervalMs: 1000,
};

/** Given a saga fed `inputs`, then its events and final state. */
function run(inputs: OrderSagaInput[]): { events: OrderSagaEvent[]; state: OrderSagaState } {
  let state = initialSagaState;
  const events: OrderSagaEvent[] = [];
  for (const input of inputs) {
    for (const event of decideOrderSaga(state, input, settings)) {
      events.push(event);
      state = evolveOrderSaga(state, event);
    }
  }
  return { events, state };
}

const start: OrderSagaInput = { kind: 'start', orderId: 'o-1', userId: 'u-1', total: 30 };
const ok = (step: SagaStep): OrderSagaInput => ({
  kind: 'reply',
  eventType: stepDefinitions[step].succeeded,
});
const fail = (step: SagaStep, retryable = false): OrderSagaInput => ({
  kind: 'reply',
  eventType: stepDefinitions[step].failed,
  reason: 'declined',
  retryable,
});
const startedSteps = (events: OrderSagaEvent[]) =>
  events.flatMap((event) => (event.type === 'saga.step.started' ? [event.data.step] : []));

describe('given an order saga that was started', () => {
  it('when every step succeeds, then it runs the four steps in order and completes', () => {
    const { events, state } = run([start, ...forwardSteps.map(ok)]);
    expect(startedSteps(events)).toEqual([...forwardSteps]);
    expect(events.at(-1)?.type).toBe('saga.completed');
    expect(state.status).toBe('completed');
  });

  const expectedCompensations: Record<ForwardStep, SagaStep[]> = {
    'reserve-inventory': ['reject-order'],
    'process-payment': ['release-inventory', 'reject-order'],
    'confirm-order': ['refund-payment', 'release-inventory', 'reject-order'],
    'send-notification': ['cancel-order', 'refund-payment', 'release-inventory'],
  };

  forwardSteps.forEach((failing, k) => {
    it(`when step ${k + 1} (${failing}) fails for good, then exactly the earlier steps are compensated, newest first`, () => {
      const before = forwardSteps.slice(0, k);
      const { events: forward } = run([start, ...before.map(ok), fail(failing)]);
      const compensations = expectedCompensations[failing];
      const { events, state } = run([
        start,
        ...before.map(ok),
        fail(failing),
        ...compensations.map(ok),
      ]);
      expect(startedSteps(events).slice(k + 1)).toEqual(compensations);
      expect(startedSteps(forward).at(-1)).toBe(compensations[0]);
      expect(state.status).toBe('compensated');
      expect(events.at(-1)).toEqual({
        type: 'saga.compensated',
        data: { orderId: 'o-1', failedStep: failing, reason: `${failing}: declined` },
      });
    });
  });

  it('when a step fails retryably, then it is retried after the interval up to the cap', () => {
    const { events } = run([start, fail('reserve-inventory', true)]);
    expect(events.slice(-2)).toEqual([
      {
        type: 'saga.step.failed',
        data: { step: 'reserve-inventory', attempt: 1, reason: 'declined', willRetry: true },
      },
      {
        type: 'saga.step.started',
        data: { step: 'reserve-inventory', attempt: 2, compensation: false, delayMs: 1000 },
      },
    ]);
    const exhausted = run([
      start,
      fail('reserve-inventory', true),
      fail('reserve-inventory', true),
    ]);
    expect(exhausted.state.status).toBe('compensating');
    expect(exhausted.state.current).toBe('reject-order');
  });

  it('when a step times out, then the timeout is an event and the step is retried', () => {
    const { events, state } = run([
      start,
      { kind: 'timeout', step: 'reserve-inventory', attempt: 1 },
    ]);
    expect(events.map((event) => event.type)).toContain('saga.step.timed-out');
    expect(state.current).toBe('reserve-inventory');
    expect(state.attempt).toBe(2);
  });

  it('when a timeout for an earlier attempt fires, then nothing happens', () => {
    const given = [start, { kind: 'timeout', step: 'reserve-inventory', attempt: 1 } as const];
    const { events } = run([...given, { kind: 'timeout', step: 'reserve-inventory', attempt: 1 }]);
    expect(events).toEqual(run(given).events);
  });

  it('when a compensation keeps failing, then the saga is stuck and says so', () => {
    const failures = Array.from({ length: settings.maxCompensationAttempts }, () =>
      fail('release-inventory'),
    );
    const { events, state } = run([
      start,
      ok('reserve-inventory'),
      fail('process-payment'),
      ...failures,
    ]);
    expect(state.status).toBe('stuck');
    expect(events.at(-1)).toEqual({
      type: 'saga.stuck',
      data: {
        orderId: 'o-1',
        step: 'release-inventory',
        attempts: 3,
        reason: 'release-inventory failed 3 times: declined',
      },
    });
  });

  it('when a duplicate answer arrives, then it decides nothing', () => {
    const { events } = run([start, ok('reserve-inventory'), ok('reserve-inventory')]);
    expect(startedSteps(events)).toEqual(['reserve-inventory', 'process-payment']);
  });

  it('when a step given up after timing out succeeds late, then it is compensated as well', () => {
    const timeouts: OrderSagaInput[] = [1, 2].map((attempt) => ({
      kind: 'timeout',
      step: 'process-payment',
      attempt,
    }));
    const given = [start, ok('reserve-inventory'), ...timeouts];
    expect(run(given).state.current).toBe('release-inventory');
    const { events, state } = run([
      ...given,
      ok('process-payment'),
      ok('release-inventory'),
      ok('refund-payment'),
      ok('reject-order'),
    ]);
    expect(startedSteps(events).slice(-3)).toEqual([
      'release-inventory',
      'refund-payment',
      'reject-order',
    ]);
    expect(state.status).toBe('compensated');
    expect(state.completed).toEqual(['reserve-inventory', 'process-payment']);
  });

  it('when a step given up on its last attempt succeeds late, then the success names that attempt, not the compensation in flight', () => {
    const timeouts: OrderSagaInput[] = [1, 2].map((attempt) => ({
      kind: 'timeout',
      step: 'process-payment',
      attempt,
    }));
    const { events } = run([start, ok('reserve-inventory'), ...timeouts, ok('process-payment')]);
    const late = events.filter(
      (event) => event.type === 'saga.step.succeeded' && event.data.late === true,
    );
    expect(late).toEqual([
      { type: 'saga.step.succeeded', data: { step: 'process-payment', attempt: 2, late: true } },
    ]);
  });
});
