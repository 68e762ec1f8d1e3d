import type { Decider } from '../cqrs/decider';
import type { OrderSagaCommand } from './order-saga-commands';
import { decideOrderSaga, type OrderSagaSettings } from './order-saga-decide';
import { isOrderSagaEvent, type OrderSagaEvent } from './order-saga-events';
import { evolveOrderSaga } from './order-saga-evolve';
import { initialSagaState, type OrderSagaState } from './order-saga-state';

/** The order saga as a decider; it refuses no command, so its error type is `never`. */
export type OrderSagaDecider = Decider<OrderSagaCommand, OrderSagaEvent, OrderSagaState, never>;

/**
 * The orchestrated order saga as a decider, over its own stream `saga-<orderId>`: started by a
 * placed order, driven by participants' replies and its step timeouts. The settings (attempts,
 * retry interval) shape only `decide`; folding a stream needs none of them.
 */
export function orderSagaDecider(settings: OrderSagaSettings): OrderSagaDecider {
  return {
    initialState: initialSagaState,
    decide: (command, state) => decideOrderSaga(command, state, settings),
    evolve: evolveOrderSaga,
    isEvent: isOrderSagaEvent,
  };
}
