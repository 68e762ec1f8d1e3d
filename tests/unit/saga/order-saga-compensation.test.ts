import { describe, expect, it } from 'vitest';
import type { OrderSagaEvent } from '../../../src/core/saga/order-saga-events';
import {
  type ForwardStep,
  forwardSteps,
  type SagaStep,
} from '../../../src/core/saga/order-saga-steps';
import { deciderSpec } from '../../support/decider-spec';
import {
  compensationRequired,
  fails,
  orderSaga,
  paying,
  ran,
  retriedUpTo,
  sagaCompensated,
  sagaStarted,
  sagaStuck,
  stepFailed,
  stepStarted,
  stepSucceeded,
  stepTimedOut,
  succeeds,
  timesOut,
} from './order-saga-fixtures';

const spec = deciderSpec(orderSaga);

/**
 * What undoes the failure of each step up to the pivot: the earlier steps' compensations, newest
 * first, then rejecting the pending order. Steps after the pivot never fail for good.
 */
const compensationsAfter: Partial<Record<ForwardStep, SagaStep[]>> = {
  'reserve-inventory': ['reject-order'],
  'process-payment': ['release-inventory', 'reject-order'],
};

describe('given a saga whose steps before the failing one succeeded', () => {
  forwardSteps.forEach((failing, index) => {
    const undo = compensationsAfter[failing];
    if (!undo) return;
    const [first = failing, ...rest] = undo;
    it(`when ${failing} fails for good, then exactly the earlier steps are compensated, newest first (${first} now)`, () => {
      spec
        .given([sagaStarted(), ...ran(...forwardSteps.slice(0, index)), stepStarted(failing)])
        .when(fails(failing))
        .then([
          stepFailed(failing, 1, false),
          compensationRequired(failing, 'declined', rest),
          stepStarted(first),
        ]);
    });
  });
});

/**
 * The payment timed out on both attempts and then succeeded late, while the inventory was being
 * released: the release succeeded and the late charge's refund is in flight, the rejection queued.
 */
const compensating: OrderSagaEvent[] = [
  ...paying,
  ...retriedUpTo('process-payment', 2, 'timed out'),
  stepTimedOut('process-payment', 2, false),
  compensationRequired('process-payment', 'timed out', ['reject-order']),
  stepStarted('release-inventory'),
  stepSucceeded('process-payment', 2, true),
  compensationRequired('process-payment', 'timed out', ['refund-payment', 'reject-order']),
  stepSucceeded('release-inventory'),
  stepStarted('refund-payment'),
];

describe('given a saga compensating after the payment, its pivot, failed', () => {
  it('when the refund succeeds, then the pending order is rejected', () => {
    spec
      .given(compensating)
      .when(succeeds('refund-payment'))
      .then([stepSucceeded('refund-payment'), stepStarted('reject-order')]);
  });

  it('when the rejection succeeds, then the saga is compensated, naming the failed step and why', () => {
    spec
      .given([...compensating, stepSucceeded('refund-payment'), stepStarted('reject-order')])
      .when(succeeds('reject-order'))
      .then([stepSucceeded('reject-order'), sagaCompensated('process-payment', 'timed out')]);
  });

  it('when the rejection succeeds, then the saga ends compensated with nothing in flight', () => {
    spec
      .given([...compensating, stepSucceeded('refund-payment'), stepStarted('reject-order')])
      .when(succeeds('reject-order'))
      .thenState(
        expect.objectContaining({
          status: 'compensated',
          current: null,
          queue: [],
          failedStep: 'process-payment',
          failureReason: 'process-payment: timed out',
        }),
      );
  });

  it('when a compensation fails, even as not retryable, then it is retried: it must happen', () => {
    spec
      .given(compensating)
      .when(fails('refund-payment', false))
      .then([stepFailed('refund-payment', 1, true), stepStarted('refund-payment', 2)]);
  });

  it('when a compensation fails on its last attempt, then the saga is stuck and says so', () => {
    spec
      .given([...compensating, ...retriedUpTo('refund-payment', 3)])
      .when(fails('refund-payment'))
      .then([stepFailed('refund-payment', 3, false), sagaStuck('refund-payment', 3, 'declined')]);
  });

  it('when a compensation times out on its last attempt, then the saga is stuck, timed out', () => {
    spec
      .given([...compensating, ...retriedUpTo('refund-payment', 3, 'timed out')])
      .when(timesOut('refund-payment', 3))
      .then([
        stepTimedOut('refund-payment', 3, false),
        sagaStuck('refund-payment', 3, 'timed out'),
      ]);
  });

  it('when it is stuck, then it stays stuck with nothing in flight', () => {
    spec
      .given([...compensating, ...retriedUpTo('refund-payment', 3)])
      .when(fails('refund-payment'))
      .thenState(expect.objectContaining({ status: 'stuck', current: null }));
  });
});
