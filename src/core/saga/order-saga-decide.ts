import { accept, type Decision } from '../cqrs/decider';
import { RetryPolicy } from '../reliability/retry-policy';
import type { OrderSagaCommand } from './order-saga-commands';
import type { OrderSagaEvent } from './order-saga-events';
import type { OrderSagaState } from './order-saga-state';
import {
  compensationOf,
  type ForwardStep,
  forwardSteps,
  isCompensation,
  isRetriable,
  type SagaStep,
  stepDefinitions,
} from './order-saga-steps';

export interface OrderSagaSettings {
  /** Attempts of a step up to the pivot before the saga gives up and compensates. */
  readonly maxStepAttempts: number;
  readonly maxCompensationAttempts: number;
  /** Wait before retrying a step; a retriable step's waits double from it after each failure. */
  readonly retryIntervalMs: number;
  /** The longest a retriable step waits between attempts (it is retried without limit). */
  readonly maximumIntervalMs: number;
}

/**
 * Decides the saga's next events (effects are data: a `saga.step.started` event means "send the
 * step's command after delayMs and arm its timeout"). The saga refuses nothing: answers that
 * match nothing current, such as duplicates or replies to an earlier attempt, are accepted with
 * no events.
 */
export function decideOrderSaga(
  command: OrderSagaCommand,
  state: OrderSagaState,
  settings: OrderSagaSettings,
): Decision<OrderSagaEvent, never> {
  return accept(...decidedEvents(command, state, settings));
}

function decidedEvents(
  command: OrderSagaCommand,
  state: OrderSagaState,
  settings: OrderSagaSettings,
): OrderSagaEvent[] {
  switch (command.type) {
    case 'StartOrderSaga': {
      if (state.status !== 'not-started') return [];
      const { orderId, userId, total, items } = command.data;
      return [
        { type: 'saga.started', data: { orderId, userId, total, items } },
        started('reserve-inventory', 1, 0),
      ];
    }
    case 'HandleStepReply': {
      const { eventType, reason = 'failed', retryable = true } = command.data;
      return decideReply(state, eventType, reason, retryable, settings);
    }
    case 'HandleStepTimeout': {
      const { step, attempt } = command.data;
      if (state.current !== step || state.attempt !== attempt) return [];
      return decideFailure(state, 'timed out', true, true, settings);
    }
  }
}

function decideReply(
  state: OrderSagaState,
  eventType: string,
  reason: string,
  retryable: boolean,
  settings: OrderSagaSettings,
): OrderSagaEvent[] {
  if (state.abandoned && eventType === stepDefinitions[state.abandoned].succeeded) {
    return lateSuccess(state, state.abandoned);
  }
  const step = state.current;
  if (!step) return [];
  const definition = stepDefinitions[step];
  if (eventType === definition.failed)
    return decideFailure(state, reason, retryable, false, settings);
  if (eventType !== definition.succeeded) return [];
  const succeeded: OrderSagaEvent = {
    type: 'saga.step.succeeded',
    data: { step, attempt: state.attempt, late: false },
  };
  return [succeeded, ...next(state, step)];
}

/** After a step succeeded: the next forward step, the next compensation, or the end. */
function next(state: OrderSagaState, step: SagaStep): OrderSagaEvent[] {
  if (state.status === 'running') {
    const following = forwardSteps[forwardSteps.indexOf(step as ForwardStep) + 1];
    if (following) return [started(following, 1, 0)];
    return [{ type: 'saga.completed', data: { orderId: state.orderId } }];
  }
  const queued = state.queue[0];
  if (queued) return [started(queued, 1, 0)];
  return [
    {
      type: 'saga.compensated',
      data: {
        orderId: state.orderId,
        failedStep: state.failedStep ?? 'reserve-inventory',
        reason: state.failureReason ?? 'failed',
      },
    },
  ];
}

function decideFailure(
  state: OrderSagaState,
  reason: string,
  retryable: boolean,
  timedOut: boolean,
  settings: OrderSagaSettings,
): OrderSagaEvent[] {
  const step = state.current;
  if (!step) return [];
  const attempt = state.attempt;
  const failed = (willRetry: boolean): OrderSagaEvent =>
    timedOut
      ? { type: 'saga.step.timed-out', data: { step, attempt, willRetry } }
      : { type: 'saga.step.failed', data: { step, attempt, reason, willRetry } };
  // After the pivot the saga has passed its point of no return: it tries again, whatever the
  // participant said, with exponential backoff and no attempt limit, and never compensates.
  if (isRetriable(step)) {
    return [failed(true), started(step, attempt + 1, retriableBackoffMs(attempt + 1, settings))];
  }
  const undoing = isCompensation(step) || step === 'reject-order';
  const maxAttempts = undoing ? settings.maxCompensationAttempts : settings.maxStepAttempts;
  // A compensation must eventually succeed, so its failures are always retried until the cap.
  const willRetry = (retryable || undoing) && attempt < maxAttempts;
  if (willRetry) return [failed(true), started(step, attempt + 1, settings.retryIntervalMs)];
  if (undoing) {
    const why = `${step} failed ${attempt} times: ${timedOut ? 'timed out' : reason}`;
    return [
      failed(false),
      {
        type: 'saga.stuck',
        data: { orderId: state.orderId, step, attempts: attempt, reason: why },
      },
    ];
  }
  return [
    failed(false),
    ...beginCompensation(state, step as ForwardStep, timedOut ? 'timed out' : reason),
  ];
}

/**
 * The wait before `attempt` of a retriable step: retryIntervalMs, doubled per retry, capped at
 * maximumIntervalMs (the kernel's RetryPolicy, src/core/reliability/retry-policy.ts, unlimited).
 */
function retriableBackoffMs(attempt: number, settings: OrderSagaSettings): number {
  const { retryIntervalMs, maximumIntervalMs } = settings;
  if (retryIntervalMs <= 0) return 0;
  const policy = new RetryPolicy({
    initialIntervalMs: retryIntervalMs,
    maximumIntervalMs: Math.max(maximumIntervalMs, retryIntervalMs),
    maximumAttempts: 0,
  });
  return policy.delayBeforeAttempt(attempt);
}

/**
 * Compensations of exactly the completed steps, newest first, then rejecting the order. Only a
 * step up to the pivot fails for good, so the order is still pending (it is confirmed after the
 * pivot) and is rejected rather than cancelled.
 */
function beginCompensation(
  state: OrderSagaState,
  failedStep: ForwardStep,
  reason: string,
): OrderSagaEvent[] {
  const steps: SagaStep[] = [...state.completed]
    .reverse()
    .map((step) => compensationOf[step])
    .filter((step): step is NonNullable<typeof step> => step !== null);
  steps.push('reject-order');
  const [first, ...rest] = steps;
  const required: OrderSagaEvent = {
    type: 'saga.compensation.required',
    data: { failedStep, reason: `${failedStep}: ${reason}`, steps: rest },
  };
  return first ? [required, started(first, 1, 0)] : [required];
}

/**
 * A step given up after a timeout succeeded after all: it completed, so it is compensated too.
 * The success answers the attempt that timed out, not the compensation now in flight.
 */
function lateSuccess(state: OrderSagaState, step: ForwardStep): OrderSagaEvent[] {
  const succeeded: OrderSagaEvent = {
    type: 'saga.step.succeeded',
    data: { step, attempt: state.abandonedAttempt, late: true },
  };
  const compensation = compensationOf[step];
  if (!compensation) return [succeeded];
  // Run it right after the compensation in flight (it undoes the newest completed step), or now
  // when the saga had already finished compensating.
  const required: OrderSagaEvent = {
    type: 'saga.compensation.required',
    data: {
      failedStep: state.failedStep ?? step,
      reason: state.failureReason ?? 'late success',
      steps: state.current === null ? [...state.queue] : [compensation, ...state.queue],
    },
  };
  return state.current === null
    ? [succeeded, required, started(compensation, 1, 0)]
    : [succeeded, required];
}

function started(step: SagaStep, attempt: number, delayMs: number): OrderSagaEvent {
  return {
    type: 'saga.step.started',
    data: { step, attempt, compensation: isCompensation(step), delayMs },
  };
}
