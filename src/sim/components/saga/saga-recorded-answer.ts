import type { SyncEventStore } from '../../../core/cqrs/sync-event-store';
import type { StoredEvent } from '../../../core/messages/event';
import { orderStreamId } from '../../../core/order/order-events';
import type { OrderSagaState } from '../../../core/saga/order-saga-state';
import { isRetriable, stepDefinitions } from '../../../core/saga/order-saga-steps';
import type { SimComponent } from '../../engine/sim-component';

/**
 * The success a participant already recorded in the log for the step a retriable saga step is
 * retrying, if any. A step after the pivot is retried without limit, so an answer lost on its
 * way (a dropped delivery) must not keep it retrying forever: the Order Service answers a
 * repeated ConfirmOrder with nothing (the order is already confirmed, an idempotent repeat in
 * src/core/order/order-decider.ts) or, once the order shipped, with a refusal. Looked up only
 * once the step has used the attempts a step before the pivot gets (`maxStepAttempts`): until
 * then an answer may still be on its way, as for any step.
 */
export function recordedSuccess(
  store: SyncEventStore,
  state: OrderSagaState,
  participant: SimComponent | undefined,
  maxStepAttempts: number,
): StoredEvent | undefined {
  const step = state.current;
  if (step === null || !isRetriable(step) || state.attempt < maxStepAttempts) return undefined;
  const { succeeded } = stepDefinitions[step];
  // The Order Service records its successes in the order's own stream, the other participants
  // in `<participant id>-<orderId>` (src/sim/components/participants/participant-component.ts).
  const streams = [orderStreamId(state.orderId)];
  if (participant) streams.push(`${participant.id}-${state.orderId}`);
  for (const streamId of streams) {
    const found = store.readStreamSync(streamId).find((event) => event.type === succeeded);
    if (found) return found;
  }
  return undefined;
}
