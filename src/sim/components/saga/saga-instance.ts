import type { StoredEvent } from '../../../core/messages/event';
import type { OrderSagaState } from '../../../core/saga/order-saga-state';
import { sagaStreamId } from '../../../core/saga/saga-stream-id';

/**
 * One order's saga as the component holds it beside its folded stream (the state and version
 * the kernel's command handling keeps per stream): what only the running component knows.
 */
export interface SagaInstance {
  readonly orderId: string;
  /** `saga-<orderId>`, built once: a fresh string per append had to be hashed for every lookup. */
  readonly streamId: string;
  /**
   * The order's partition key, taken once from its `order.placed`: the saga's events and the
   * commands it sends carry it, so the whole order stays on one bus partition.
   */
  readonly partitionKey: string;
  /** The `saga.step.started` whose timeout may still fire; null when none may. */
  armed: StoredEvent | null;
}

/** A saga the component has not followed yet, keyed like the order (else by its id). */
export function newSagaInstance(orderId: string, partitionKey = orderId): SagaInstance {
  return { orderId, streamId: sagaStreamId(orderId), partitionKey, armed: null };
}

/** True while `started` is the step whose answers count and whose timer may fire. */
export function isArmed(saga: SagaInstance, started: StoredEvent): boolean {
  return saga.armed !== null && saga.armed.id === started.id;
}

/**
 * Follows events just folded from the saga's stream (its own or another writer's): the last
 * step started is the one whose answers count and whose timeout may fire, and once no step
 * awaits an answer, no timer of an earlier step may decide anything. Only `saga.step.started`
 * makes a step current, so the newest one among `events` is the step `state` awaits.
 */
export function followSagaEvents(
  saga: SagaInstance,
  events: readonly StoredEvent[],
  state: OrderSagaState,
): void {
  if (state.current === null) {
    saga.armed = null;
    return;
  }
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index];
    if (event?.type === 'saga.step.started') {
      saga.armed = event;
      return;
    }
  }
}
