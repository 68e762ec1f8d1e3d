import type { StoredEvent } from '../../../core/messages/event';
import type { OrderSagaState } from '../../../core/saga/order-saga-state';
import { stepDefinitions } from '../../../core/saga/order-saga-steps';
import type { SagaInstance } from './saga-instance';
import { stepCommandId } from './saga-step-command';

/**
 * A failure answering an earlier attempt (redelivered, duplicated, or after its timeout) would
 * otherwise count against the current attempt: the decider matches replies by type only. A
 * success of any attempt still counts: the step did happen, and late successes need undoing.
 */
export function isStaleFailure(
  saga: SagaInstance,
  state: OrderSagaState,
  event: StoredEvent,
): boolean {
  const step = state.current;
  if (step === null || event.type !== stepDefinitions[step].failed) return false;
  return saga.armed === null || event.causationId !== stepCommandId(saga.armed.id);
}
