import { describe, expect, it } from 'vitest';
import { deciderSpec } from '../../support/decider-spec';
import {
  compensationRequired,
  fails,
  orderSaga,
  paying,
  reserving,
  retriedUpTo,
  stepFailed,
  stepStarted,
  stepSucceeded,
  stepTimedOut,
  succeeds,
  timesOut,
} from './order-saga-fixtures';

const spec = deciderSpec(orderSaga);

describe('given a step whose participant failed retryably', () => {
  it('when it is the first attempt, then the step starts again after the retry interval', () => {
    spec
      .given(reserving)
      .when(fails('reserve-inventory', true))
      .then([stepFailed('reserve-inventory', 1, true), stepStarted('reserve-inventory', 2)]);
  });

  it('when the retry succeeds, then the success names that attempt and the next step starts', () => {
    spec
      .given([...paying, ...retriedUpTo('process-payment', 2)])
      .when(succeeds('process-payment'))
      .then([stepSucceeded('process-payment', 2), stepStarted('confirm-order')]);
  });

  it('when the last attempt fails too, then the saga gives up and compensates', () => {
    spec
      .given([...reserving, ...retriedUpTo('reserve-inventory', 2)])
      .when(fails('reserve-inventory', true))
      .then([
        stepFailed('reserve-inventory', 2, false),
        compensationRequired('reserve-inventory', 'declined', []),
        stepStarted('reject-order'),
      ]);
  });
});

describe('given a step awaiting its answer when its timer runs out', () => {
  it('when it is the first attempt, then the timeout is recorded and the step starts again', () => {
    spec
      .given(reserving)
      .when(timesOut('reserve-inventory', 1))
      .then([stepTimedOut('reserve-inventory', 1, true), stepStarted('reserve-inventory', 2)]);
  });

  it('when the timer is an earlier attempt’s, then nothing is recorded', () => {
    spec
      .given([...reserving, ...retriedUpTo('reserve-inventory', 2, 'timed out')])
      .when(timesOut('reserve-inventory', 1))
      .then([]);
  });

  it('when the timer is a step’s that was answered meanwhile, then nothing is recorded', () => {
    spec.given(paying).when(timesOut('reserve-inventory', 1)).then([]);
  });

  it('when it is the last attempt, then the saga compensates, the reason being the timeout', () => {
    spec
      .given([...paying, ...retriedUpTo('process-payment', 2, 'timed out')])
      .when(timesOut('process-payment', 2))
      .then([
        stepTimedOut('process-payment', 2, false),
        compensationRequired('process-payment', 'timed out', ['reject-order']),
        stepStarted('release-inventory'),
      ]);
  });

  it('when it is the last attempt, then the step is remembered as abandoned: it may still succeed', () => {
    spec
      .given([...paying, ...retriedUpTo('process-payment', 2, 'timed out')])
      .when(timesOut('process-payment', 2))
      .thenState(
        expect.objectContaining({
          status: 'compensating',
          current: 'release-inventory',
          completed: ['reserve-inventory'],
          abandoned: 'process-payment',
          abandonedAttempt: 2,
        }),
      );
  });
});
