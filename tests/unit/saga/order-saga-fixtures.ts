import type {
  HandleStepReply,
  HandleStepTimeout,
  StartOrderSaga,
} from '../../../src/core/saga/order-saga-commands';
import { orderSagaDecider } from '../../../src/core/saga/order-saga-decider';
import type { OrderSagaEvent } from '../../../src/core/saga/order-saga-events';
import {
  type ForwardStep,
  isCompensation,
  type SagaStep,
  stepDefinitions,
} from '../../../src/core/saga/order-saga-steps';

/**
 * Two attempts per step up to the pivot, three per compensation, retries one second apart; a
 * retriable step's waits double from one second up to five.
 */
export const settings = {
  maxStepAttempts: 2,
  maxCompensationAttempts: 3,
  retryIntervalMs: 1000,
  maximumIntervalMs: 5000,
};
export const orderSaga = orderSagaDecider(settings);

const items = [{ sku: 'SKU-1', quantity: 2, unitPrice: 15 }];

// Commands: what the saga is told.

export const startSaga = (): StartOrderSaga => ({
  type: 'StartOrderSaga',
  data: { orderId: 'o-1', userId: 'u-1', total: 30, items },
});
export const succeeds = (step: SagaStep): HandleStepReply => ({
  type: 'HandleStepReply',
  data: { eventType: stepDefinitions[step].succeeded },
});
export const fails = (step: SagaStep, retryable = false): HandleStepReply => ({
  type: 'HandleStepReply',
  data: { eventType: stepDefinitions[step].failed, reason: 'declined', retryable },
});
export const timesOut = (step: SagaStep, attempt: number): HandleStepTimeout => ({
  type: 'HandleStepTimeout',
  data: { step, attempt },
});

// Events: what the saga records.

export const sagaStarted = (): OrderSagaEvent => ({
  type: 'saga.started',
  data: { orderId: 'o-1', userId: 'u-1', total: 30, items },
});
/** A step's attempt started; a retry waits the retry interval unless `delayMs` says otherwise. */
export const stepStarted = (
  step: SagaStep,
  attempt = 1,
  delayMs = attempt === 1 ? 0 : settings.retryIntervalMs,
): OrderSagaEvent => ({
  type: 'saga.step.started',
  data: { step, attempt, compensation: isCompensation(step), delayMs },
});
export const stepSucceeded = (step: SagaStep, attempt = 1, late = false): OrderSagaEvent => ({
  type: 'saga.step.succeeded',
  data: { step, attempt, late },
});
export const stepFailed = (
  step: SagaStep,
  attempt: number,
  willRetry: boolean,
): OrderSagaEvent => ({
  type: 'saga.step.failed',
  data: { step, attempt, reason: 'declined', willRetry },
});
export const stepTimedOut = (
  step: SagaStep,
  attempt: number,
  willRetry: boolean,
): OrderSagaEvent => ({ type: 'saga.step.timed-out', data: { step, attempt, willRetry } });
export const compensationRequired = (
  failedStep: ForwardStep,
  reason: string,
  steps: SagaStep[],
): OrderSagaEvent => ({
  type: 'saga.compensation.required',
  data: { failedStep, reason: `${failedStep}: ${reason}`, steps },
});
export const sagaCompleted = (): OrderSagaEvent => ({
  type: 'saga.completed',
  data: { orderId: 'o-1' },
});
export const sagaCompensated = (failedStep: ForwardStep, reason: string): OrderSagaEvent => ({
  type: 'saga.compensated',
  data: { orderId: 'o-1', failedStep, reason: `${failedStep}: ${reason}` },
});
export const sagaStuck = (step: SagaStep, attempts: number, reason: string): OrderSagaEvent => ({
  type: 'saga.stuck',
  data: { orderId: 'o-1', step, attempts, reason: `${step} failed ${attempts} times: ${reason}` },
});

/** Each step started (first attempt) and answered with success, in order. */
export const ran = (...steps: SagaStep[]): OrderSagaEvent[] =>
  steps.flatMap((step) => [stepStarted(step), stepSucceeded(step)]);

/** The step's attempts before `attempt`, each failing (or timing out) and retried. */
export const retriedUpTo = (
  step: SagaStep,
  attempt: number,
  failure: 'failed' | 'timed out' = 'failed',
): OrderSagaEvent[] =>
  Array.from({ length: attempt - 1 }, (_, index) => [
    failure === 'failed' ? stepFailed(step, index + 1, true) : stepTimedOut(step, index + 1, true),
    stepStarted(step, index + 2),
  ]).flat();

/** A saga awaiting the inventory reservation, its first step. */
export const reserving: OrderSagaEvent[] = [sagaStarted(), stepStarted('reserve-inventory')];

/** A saga that reserved the inventory and awaits the payment. */
export const paying: OrderSagaEvent[] = [
  sagaStarted(),
  ...ran('reserve-inventory'),
  stepStarted('process-payment'),
];
