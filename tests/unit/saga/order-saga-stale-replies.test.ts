import { describe, expect, it } from 'vitest';
import type { OrderSagaEvent } from '../../../src/core/saga/order-saga-events';
import { forwardSteps } from '../../../src/core/saga/order-saga-steps';
import { deciderSpec } from '../../support/decider-spec';
import {
  compensationRequired,
  fails,
  orderSaga,
  paying,
  ran,
  retriedUpTo,
  sagaCompensated,
  sagaCompleted,
  sagaStarted,
  stepStarted,
  stepSucceeded,
  stepTimedOut,
  succeeds,
} from './order-saga-fixtures';

const spec = deciderSpec(orderSaga);

describe('given a saga awaiting the payment', () => {
  it('when the inventory reservation’s success arrives again (a duplicate), then nothing is recorded', () => {
    spec.given(paying).when(succeeds('reserve-inventory')).then([]);
  });

  it('when an answer of a step not started yet arrives, then nothing is recorded', () => {
    spec.given(paying).when(succeeds('confirm-order')).then([]);
  });

  it('when an event no step answers with arrives, then nothing is recorded', () => {
    spec
      .given(paying)
      .when({ type: 'HandleStepReply', data: { eventType: 'order.shipped' } })
      .then([]);
  });
});

describe('given a saga that completed', () => {
  const completed = [sagaStarted(), ...ran(...forwardSteps), sagaCompleted()];

  it('when the last step’s success arrives again, then nothing is recorded', () => {
    spec.given(completed).when(succeeds('send-notification')).then([]);
  });

  it('when a failure arrives, then nothing is recorded', () => {
    spec.given(completed).when(fails('send-notification')).then([]);
  });
});

/** The payment timed out on both attempts: the saga releases the inventory, payment abandoned. */
const abandoned: OrderSagaEvent[] = [
  ...paying,
  ...retriedUpTo('process-payment', 2, 'timed out'),
  stepTimedOut('process-payment', 2, false),
  compensationRequired('process-payment', 'timed out', ['reject-order']),
  stepStarted('release-inventory'),
];
const lateSuccess = stepSucceeded('process-payment', 2, true);

describe('given a saga that gave up on the payment after it timed out', () => {
  it('when the payment succeeds late, then the success names the attempt that timed out and the refund is queued after the release in flight', () => {
    spec
      .given(abandoned)
      .when(succeeds('process-payment'))
      .then([
        lateSuccess,
        compensationRequired('process-payment', 'timed out', ['refund-payment', 'reject-order']),
      ]);
  });

  it('when the release in flight then succeeds, then the refund runs next', () => {
    const queued = compensationRequired('process-payment', 'timed out', [
      'refund-payment',
      'reject-order',
    ]);
    spec
      .given([...abandoned, lateSuccess, queued])
      .when(succeeds('release-inventory'))
      .then([stepSucceeded('release-inventory'), stepStarted('refund-payment')]);
  });

  /** The release and the rejection succeeded: the saga ended compensated, payment unrefunded. */
  const compensated = [
    ...abandoned,
    stepSucceeded('release-inventory'),
    ...ran('reject-order'),
    sagaCompensated('process-payment', 'timed out'),
  ];

  it('when the payment succeeds late after the saga was compensated, then the refund starts at once', () => {
    spec
      .given(compensated)
      .when(succeeds('process-payment'))
      .then([
        lateSuccess,
        compensationRequired('process-payment', 'timed out', []),
        stepStarted('refund-payment'),
      ]);
  });

  it('when the payment succeeds late after the saga was compensated, then the saga is compensating again', () => {
    spec
      .given(compensated)
      .when(succeeds('process-payment'))
      .thenState(
        expect.objectContaining({
          status: 'compensating',
          current: 'refund-payment',
          completed: ['reserve-inventory', 'process-payment'],
          abandoned: null,
        }),
      );
  });
});
