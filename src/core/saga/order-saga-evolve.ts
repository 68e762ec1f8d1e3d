import type { OrderSagaEvent } from './order-saga-events';
import { initialSagaState, type OrderSagaState, type SagaStatus } from './order-saga-state';
import { type ForwardStep, forwardSteps } from './order-saga-steps';

function isForward(step: string): step is ForwardStep {
  return (forwardSteps as readonly string[]).includes(step);
}

/** Folds one saga event into the state. Pure: the same events always give the same state. */
export function evolveOrderSaga(state: OrderSagaState, event: OrderSagaEvent): OrderSagaState {
  switch (event.type) {
    case 'saga.started': {
      const { orderId, userId, total, items } = event.data;
      const next = draftOf(initialSagaState);
      next.orderId = orderId;
      next.order = { userId, total, items };
      next.status = 'running';
      return next;
    }
    case 'saga.step.started': {
      const { step, attempt } = event.data;
      const next = draftOf(state);
      next.current = step;
      next.attempt = attempt;
      if (state.queue[0] === step) next.queue = state.queue.slice(1);
      return next;
    }
    case 'saga.step.succeeded': {
      const { step, late } = event.data;
      const next = draftOf(state);
      if (isForward(step) && !state.completed.includes(step)) {
        next.completed = [...state.completed, step];
      }
      if (late) {
        next.abandoned = null;
        next.abandonedAttempt = 0;
      } else next.current = null;
      return next;
    }
    case 'saga.step.failed':
    case 'saga.step.timed-out': {
      if (event.data.willRetry) return state;
      const next = draftOf(state);
      next.current = null;
      if (event.type === 'saga.step.timed-out' && isForward(event.data.step)) {
        next.abandoned = event.data.step;
        next.abandonedAttempt = event.data.attempt;
      }
      return next;
    }
    case 'saga.compensation.required': {
      const next = draftOf(state);
      next.status = 'compensating';
      next.failedStep = event.data.failedStep;
      next.failureReason = event.data.reason;
      next.queue = event.data.steps as OrderSagaState['queue'];
      return next;
    }
    case 'saga.completed':
      return finished(state, 'completed');
    case 'saga.compensated':
      return finished(state, 'compensated');
    case 'saga.stuck':
      return finished(state, 'stuck');
  }
}

function finished(state: OrderSagaState, status: SagaStatus): OrderSagaState {
  const next = draftOf(state);
  next.status = status;
  next.current = null;
  return next;
}

type Draft = { -readonly [Field in keyof OrderSagaState]: OrderSagaState[Field] };

/**
 * A copy to change before returning it, written out field by field rather than spread: every
 * saga state then has one object shape, and the spread was most of the fold's cost in the
 * engine's profile (it runs for ~60% of a run's events).
 */
function draftOf(state: OrderSagaState): Draft {
  return {
    orderId: state.orderId,
    order: state.order,
    status: state.status,
    current: state.current,
    attempt: state.attempt,
    completed: state.completed,
    queue: state.queue,
    abandoned: state.abandoned,
    abandonedAttempt: state.abandonedAttempt,
    failedStep: state.failedStep,
    failureReason: state.failureReason,
  };
}
