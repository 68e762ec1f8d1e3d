import type { OrderSagaEvent } from './order-saga-events';
import { initialSagaState, type OrderSagaState } from './order-saga-state';
import { type ForwardStep, forwardSteps } from './order-saga-steps';

function isForward(step: string): step is ForwardStep {
  return (forwardSteps as readonly string[]).includes(step);
}

/** Folds one saga event into the state. Pure: the same events always give the same state. */
export function evolveOrderSaga(state: OrderSagaState, event: OrderSagaEvent): OrderSagaState {
  switch (event.type) {
    case 'saga.started':
      return { ...initialSagaState, orderId: event.data.orderId, status: 'running' };
    case 'saga.step.started': {
      const { step, attempt } = event.data;
      const queue = state.queue[0] === step ? state.queue.slice(1) : state.queue;
      return { ...state, current: step, attempt, queue };
    }
    case 'saga.step.succeeded': {
      const { step, late } = event.data;
      const completed =
        isForward(step) && !state.completed.includes(step)
          ? [...state.completed, step]
          : state.completed;
      if (late) return { ...state, completed, abandoned: null };
      return { ...state, completed, current: null };
    }
    case 'saga.step.failed':
    case 'saga.step.timed-out': {
      if (event.data.willRetry) return state;
      const abandoned =
        event.type === 'saga.step.timed-out' && isForward(event.data.step) ? event.data.step : null;
      return { ...state, current: null, abandoned: abandoned ?? state.abandoned };
    }
    case 'saga.compensation.required':
      return {
        ...state,
        status: 'compensating',
        failedStep: event.data.failedStep,
        failureReason: event.data.reason,
        queue: event.data.steps as OrderSagaState['queue'],
      };
    case 'saga.completed':
      return { ...state, status: 'completed', current: null };
    case 'saga.compensated':
      return { ...state, status: 'compensated', current: null };
    case 'saga.stuck':
      return { ...state, status: 'stuck', current: null };
  }
}
