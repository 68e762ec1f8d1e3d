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

/** What undoes each forward step's failure: the earlier steps' compensations, newest first. */
const compensationsAfter: Record<ForwardStep, SagaStep[]> = {
  'reserve-inventory': ['reject-order'],
  'process-payment': ['release-inventory', 'reject-order'],
  'confirm-order': ['refund-payment', 'release-inventory', 'reject-order'],
  // A confirmed order is cancelled instead of rejected; a sent notification is not undone.
  'send-notification': ['cancel-order', 'refund-payment', 'release-inventory'],
};

describe('given a saga whose steps before the failing one succeeded', () => {
  forwardSteps.forEach((failing, index) => {
    const [first = failing, ...rest] = compensationsAfter[failing];
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

/** A saga whose confirm-order failed for good, compensating: refund-payment is in flight. */
const compensating: OrderSagaEvent[] = [
  sagaStarted(),
  ...ran('reserve-inventory', 'process-payment'),
  stepStarted('confirm-order'),
  stepFailed('confirm-order', 1, false),
  compensationRequired('confirm-order', 'declined', ['release-inventory', 'reject-order']),
  stepStarted('refund-payment'),
];

describe('given a saga compensating after confirm-order failed', () => {
  it('when the refund succeeds, then releasing the inventory starts', () => {
    spec
      .given(compensating)
      .when(succeeds('refund-payment'))
      .then([stepSucceeded('refund-payment'), stepStarted('release-inventory')]);
  });

  it('when the release succeeds too, then the pending order is rejected', () => {
    spec
      .given([...compensating, ...ran('refund-payment'), stepStarted('release-inventory')])
      .when(succeeds('release-inventory'))
      .then([stepSucceeded('release-inventory'), stepStarted('reject-order')]);
  });

  it('when the rejection succeeds, then the saga is compensated, naming the failed step and why', () => {
    const given = [...compensating, ...ran('refund-payment', 'release-inventory')];
    spec
      .given([...given, stepStarted('reject-order')])
      .when(succeeds('reject-order'))
      .then([stepSucceeded('reject-order'), sagaCompensated('confirm-order', 'declined')]);
  });

  it('when the rejection succeeds, then the saga ends compensated with nothing in flight', () => {
    const given = [...compensating, ...ran('refund-payment', 'release-inventory')];
    spec
      .given([...given, stepStarted('reject-order')])
      .when(succeeds('reject-order'))
      .thenState(
        expect.objectContaining({
          status: 'compensated',
          current: null,
          queue: [],
          failedStep: 'confirm-order',
          failureReason: 'confirm-order: declined',
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
