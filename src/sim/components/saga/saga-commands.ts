import type { StoredEvent } from '../../../core/messages/event';
import type { JsonValue } from '../../../core/messages/json';
import type {
  HandleStepReply,
  HandleStepTimeout,
  StartOrderSaga,
} from '../../../core/saga/order-saga-commands';
import { type SagaStep, stepDefinitions } from '../../../core/saga/order-saga-steps';
import type { StepStartedData } from './saga-step-command';

// What the saga component hands its decider, built from what it receives: the placed order,
// participants' replies, its own step timers, and a step it had no one to send to.

/** Starts the saga of a placed order, from the `order.placed` payload (trusted, with defaults). */
export function startCommand(orderId: string, placed: Record<string, unknown>): StartOrderSaga {
  return {
    type: 'StartOrderSaga',
    data: {
      orderId,
      userId: typeof placed.userId === 'string' ? placed.userId : 'unknown',
      total: typeof placed.total === 'number' ? placed.total : 0,
      items: Array.isArray(placed.items) ? (placed.items as JsonValue[]) : [],
    },
  };
}

/** A participant's reply: its type, and reason and retryable from its payload when given. */
export function replyCommand(reply: StoredEvent): HandleStepReply {
  const data = (reply.data ?? {}) as Record<string, unknown>;
  return {
    type: 'HandleStepReply',
    data: {
      eventType: reply.type,
      ...(typeof data.reason === 'string' ? { reason: data.reason } : {}),
      ...(typeof data.retryable === 'boolean' ? { retryable: data.retryable } : {}),
    },
  };
}

/** A step that could not be sent (no participant plays its role) fails for good, at once. */
export function unsendableCommand(step: SagaStep, reason: string): HandleStepReply {
  return {
    type: 'HandleStepReply',
    data: { eventType: stepDefinitions[step].failed, reason, retryable: false },
  };
}

/** The timer of the step `started` began ran out. */
export function timeoutCommand(started: StoredEvent): HandleStepTimeout {
  const { step, attempt } = started.data as StepStartedData;
  return { type: 'HandleStepTimeout', data: { step, attempt } };
}
