import { describe, expect, it } from 'vitest';
import { foldEvents } from '../../../src/core/cqrs/decider';
import { initialSagaState } from '../../../src/core/saga/order-saga-state';
import { forwardSteps } from '../../../src/core/saga/order-saga-steps';
import { deciderSpec } from '../../support/decider-spec';
import {
  orderSaga,
  ran,
  reserving,
  sagaCompleted,
  sagaStarted,
  startSaga,
  stepStarted,
  stepSucceeded,
  succeeds,
} from './order-saga-fixtures';

const spec = deciderSpec(orderSaga);

describe('given no saga yet for the order', () => {
  it('when it is started, then it records the start and starts reserving inventory at once', () => {
    spec
      .given([])
      .when(startSaga())
      .then([sagaStarted(), stepStarted('reserve-inventory')]);
  });

  it('when it is started, then it runs and keeps the order its step commands carry', () => {
    spec
      .given([])
      .when(startSaga())
      .thenState({
        ...initialSagaState,
        orderId: 'o-1',
        order: { userId: 'u-1', total: 30, items: [{ sku: 'SKU-1', quantity: 2, unitPrice: 15 }] },
        status: 'running',
        current: 'reserve-inventory',
        attempt: 1,
      });
  });
});

describe('given a saga that was started', () => {
  it('when the order is placed again (a duplicate delivery), then nothing is recorded', () => {
    spec.given(reserving).when(startSaga()).then([]);
  });

  forwardSteps.slice(0, -1).forEach((step, index) => {
    const following = forwardSteps[index + 1] ?? step;
    it(`when ${step} succeeds, then ${following} starts`, () => {
      spec
        .given([sagaStarted(), ...ran(...forwardSteps.slice(0, index)), stepStarted(step)])
        .when(succeeds(step))
        .then([stepSucceeded(step), stepStarted(following)]);
    });
  });

  it('when the last step, send-notification, succeeds, then the saga completes', () => {
    const given = [sagaStarted(), ...ran(...forwardSteps.slice(0, -1))];
    spec
      .given([...given, stepStarted('send-notification')])
      .when(succeeds('send-notification'))
      .then([stepSucceeded('send-notification'), sagaCompleted()]);
  });

  it('when every step succeeded, then the saga is completed with the four steps, in order', () => {
    const given = [sagaStarted(), ...ran(...forwardSteps.slice(0, -1))];
    spec
      .given([...given, stepStarted('send-notification')])
      .when(succeeds('send-notification'))
      .thenState(
        expect.objectContaining({
          status: 'completed',
          current: null,
          completed: [...forwardSteps],
        }),
      );
  });
});

describe('the saga decider folding a stream', () => {
  it('recognises only saga events: another type in the stream is skipped', () => {
    const foreign = { type: 'order.placed', data: { orderId: 'o-1' } };
    const state = foldEvents(orderSaga, [sagaStarted(), foreign, stepStarted('reserve-inventory')]);
    expect(state).toMatchObject({ status: 'running', current: 'reserve-inventory' });
  });
});
