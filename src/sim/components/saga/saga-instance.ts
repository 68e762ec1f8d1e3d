import { copyRecord } from '../../../core/messages/copy-record';
import type { StoredEvent } from '../../../core/messages/event';
import type { JsonValue } from '../../../core/messages/json';
import type { OrderSagaEvent } from '../../../core/saga/order-saga-events';
import { evolveOrderSaga } from '../../../core/saga/order-saga-evolve';
import { initialSagaState, type OrderSagaState } from '../../../core/saga/order-saga-state';
import { sagaStreamId } from '../../../core/saga/saga-stream-id';

/** What the saga needs to build its commands; carried by `saga.started` so a restart has it. */
export interface OrderContext {
  readonly userId: string;
  readonly total: number;
  readonly items: JsonValue;
}

/** One order's saga as the component holds it: folded state, stream version, order context. */
export interface SagaInstance {
  readonly orderId: string;
  /** `saga-<orderId>`, built once: a fresh string per append had to be hashed for every lookup. */
  readonly streamId: string;
  state: OrderSagaState;
  /** Version of `saga-<orderId>`: the expected version of the next append. */
  version: number;
  context: OrderContext;
  /** Id of the `saga.step.started` event whose timeout may still fire; null when none may. */
  armedBy: string | null;
}

/** A saga that has not decided anything yet. */
export function newSagaInstance(orderId: string, context: OrderContext): SagaInstance {
  return {
    orderId,
    streamId: sagaStreamId(orderId),
    state: initialSagaState,
    version: 0,
    context,
    armedBy: null,
  };
}

/** Folds one stored saga event into the instance (state, version, and context on start). */
export function foldSagaEvent(saga: SagaInstance, event: StoredEvent): void {
  saga.state = evolveOrderSaga(saga.state, event as unknown as OrderSagaEvent);
  saga.version = event.streamVersion;
  if (event.type === 'saga.started') saga.context = contextOf(event.data);
  // Once no step awaits an answer, no timer of an earlier step may decide anything.
  if (saga.state.current === null) saga.armedBy = null;
}

/** Reads the order context from an `order.placed` or `saga.started` payload. */
export function contextOf(data: unknown): OrderContext {
  const fields = (data ?? {}) as Record<string, unknown>;
  return {
    userId: typeof fields.userId === 'string' ? fields.userId : 'unknown',
    total: typeof fields.total === 'number' ? fields.total : 0,
    items: Array.isArray(fields.items) ? (fields.items as JsonValue[]) : [],
  };
}

/** `saga.started` also carries the order's lines, so a restarted saga can still build commands. */
export function sagaPayload(saga: SagaInstance, event: OrderSagaEvent): unknown {
  if (event.type !== 'saga.started') return event.data;
  return copyRecord<Record<string, unknown>>(event.data, { items: saga.context.items });
}
