import type { StoredEvent } from '../../../core/messages/event';
import type { OrderSagaInput } from '../../../core/saga/order-saga-decide';
import { stepDefinitions } from '../../../core/saga/order-saga-steps';
import type { SagaInstance } from './saga-instance';
import { stepCommandId } from './saga-step-command';

/** A participant's reply as the decider takes it: reason and retryable from its payload. */
export function replyInput(event: StoredEvent): OrderSagaInput {
  const data = (event.data ?? {}) as Record<string, unknown>;
  return {
    kind: 'reply',
    eventType: event.type,
    ...(typeof data.reason === 'string' ? { reason: data.reason } : {}),
    ...(typeof data.retryable === 'boolean' ? { retryable: data.retryable } : {}),
  };
}

/**
 * A failure answering an earlier attempt (redelivered, duplicated, or after its timeout) would
 * otherwise count against the current attempt: the decider matches replies by type only. A
 * success of any attempt still counts: the step did happen, and late successes need undoing.
 */
export function isStaleFailure(saga: SagaInstance, event: StoredEvent): boolean {
  const step = saga.state.current;
  if (step === null || event.type !== stepDefinitions[step].failed) return false;
  return saga.armedBy === null || event.causationId !== stepCommandId(saga.armedBy);
}
