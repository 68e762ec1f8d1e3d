import { describe, expect, it } from 'vitest';
import type { OrderSagaEvent } from '../../../src/core/saga/order-saga-events';
import {
  compensationOf,
  type ForwardStep,
  forwardSteps,
  stepKinds,
} from '../../../src/core/saga/order-saga-steps';
import { deciderSpec } from '../../support/decider-spec';
import {
  compensationRequired,
  fails,
  orderSaga,
  ran,
  sagaCompensated,
  sagaCompleted,
  sagaStarted,
  stepFailed,
  stepStarted,
  stepSucceeded,
  stepTimedOut,
  succeeds,
  timesOut,
} from './order-saga-fixtures';

// The saga's step kinds (Chris Richardson, microservices.io "Saga": compensatable transactions, a
// pivot transaction, retriable transactions): up to the pivot a failure compensates; after it the
// saga only goes forward.

const spec = deciderSpec(orderSaga);

/** The waits before attempts 2, 3, 4, ... of a retriable step: 1 s doubling, capped at 5 s. */
const backoffBefore = (attempt: number) => Math.min(1000 * 2 ** (attempt - 2), 5000);

/** A retriable step's first `failures` attempts each failing, and the next one started. */
function failedAfterPivot(step: ForwardStep, failures: number): OrderSagaEvent[] {
  return Array.from({ length: failures }, (_, index) => [
    stepFailed(step, index + 1, true),
    stepStarted(step, index + 2, backoffBefore(index + 2)),
  ]).flat();
}

/** Past the pivot: the payment went through and the order is being confirmed. */
const confirming = [
  sagaStarted(),
  ...ran('reserve-inventory', 'process-payment'),
  stepStarted('confirm-order'),
];
/** Past the pivot and confirmed: the customer is being notified. */
const notifying = [
  sagaStarted(),
  ...ran('reserve-inventory', 'process-payment', 'confirm-order'),
  stepStarted('send-notification'),
];

describe('the order saga’s step kinds', () => {
  it('are compensatable, then one pivot (the payment), then retriable, in step order', () => {
    expect(forwardSteps.map((step) => stepKinds[step])).toEqual([
      'compensatable',
      'pivot',
      'retriable',
      'retriable',
    ]);
  });

  it('give no retriable step a compensation: nothing after the pivot is undone', () => {
    const retriable = forwardSteps.filter((step) => stepKinds[step] === 'retriable');
    expect(retriable.map((step) => compensationOf[step])).toEqual([null, null]);
  });
});

describe('given a saga past the pivot whose notification fails', () => {
  it('when the participant says it is not worth retrying, then it is retried anyway after the retry interval', () => {
    spec
      .given(notifying)
      .when(fails('send-notification', false))
      .then([stepFailed('send-notification', 1, true), stepStarted('send-notification', 2, 1000)]);
  });

  it('when it keeps failing, then each wait doubles up to the longest interval', () => {
    spec
      .given([...notifying, ...failedAfterPivot('send-notification', 3)])
      .when(fails('send-notification'))
      .then([stepFailed('send-notification', 4, true), stepStarted('send-notification', 5, 5000)]);
  });

  it('when it times out, even far past the step attempts, then it is retried', () => {
    spec
      .given([...notifying, ...failedAfterPivot('send-notification', 9)])
      .when(timesOut('send-notification', 10))
      .then([
        stepTimedOut('send-notification', 10, true),
        stepStarted('send-notification', 11, 5000),
      ]);
  });

  it('when it failed 6 times and then succeeds, then the saga completes with no compensation', () => {
    spec
      .given([...notifying, ...failedAfterPivot('send-notification', 6)])
      .when(succeeds('send-notification'))
      .then([stepSucceeded('send-notification', 7), sagaCompleted()]);
  });

  it('when it failed 6 times and then succeeds, then the saga is completed with every step and nothing to undo', () => {
    spec
      .given([...notifying, ...failedAfterPivot('send-notification', 6)])
      .when(succeeds('send-notification'))
      .thenState(
        expect.objectContaining({
          status: 'completed',
          completed: [...forwardSteps],
          queue: [],
          failedStep: null,
          abandoned: null,
        }),
      );
  });
});

describe('given a saga past the pivot whose order confirmation fails', () => {
  it('when it fails on what would be the last attempt before the pivot, then it is retried, not compensated', () => {
    spec
      .given([...confirming, ...failedAfterPivot('confirm-order', 1)])
      .when(fails('confirm-order'))
      .then([stepFailed('confirm-order', 2, true), stepStarted('confirm-order', 3, 2000)]);
  });

  it('when it failed 4 times and then succeeds, then the notification starts', () => {
    spec
      .given([...confirming, ...failedAfterPivot('confirm-order', 4)])
      .when(succeeds('confirm-order'))
      .then([stepSucceeded('confirm-order', 5), stepStarted('send-notification')]);
  });
});

describe('given a saga before its pivot', () => {
  /** The payment, the pivot, failed on its first attempt and was retried. */
  const paymentRetried = [
    sagaStarted(),
    ...ran('reserve-inventory'),
    stepStarted('process-payment'),
    stepFailed('process-payment', 1, true),
    stepStarted('process-payment', 2),
  ];
  /** The payment failed for good: the reservation is being released. */
  const releasing = [
    ...paymentRetried,
    stepFailed('process-payment', 2, false),
    compensationRequired('process-payment', 'declined', ['reject-order']),
    stepStarted('release-inventory'),
  ];

  it('when the pivot fails on its last attempt, then the completed steps are compensated newest first, the order rejected last', () => {
    spec
      .given(paymentRetried)
      .when(fails('process-payment', true))
      .then([
        stepFailed('process-payment', 2, false),
        compensationRequired('process-payment', 'declined', ['reject-order']),
        stepStarted('release-inventory'),
      ]);
  });

  it('when the release succeeds, then the pending order is rejected', () => {
    spec
      .given(releasing)
      .when(succeeds('release-inventory'))
      .then([stepSucceeded('release-inventory'), stepStarted('reject-order')]);
  });

  it('when the rejection succeeds, then the saga is compensated', () => {
    spec
      .given([...releasing, ...ran('release-inventory'), stepStarted('reject-order')])
      .when(succeeds('reject-order'))
      .then([stepSucceeded('reject-order'), sagaCompensated('process-payment', 'declined')]);
  });
});
