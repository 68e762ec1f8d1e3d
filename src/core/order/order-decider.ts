import { accept, type Decider, type Decision, refuse } from '../cqrs/decider';
import type { OrderCommand, OrderCommandType, PlaceOrderData } from './order-commands';
import {
  EmptyOrderError,
  InvalidOrderTransitionError,
  InvalidPriceError,
  InvalidQuantityError,
  OrderAlreadyExistsError,
  type OrderError,
  OrderNotFoundError,
} from './order-errors';
import { isOrderEventType, type OrderEvent } from './order-events';
import { evolveOrder } from './order-evolve';
import {
  type ExistingOrder,
  initialOrderState,
  type OrderState,
  type OrderStatus,
} from './order-state';

type OrderDecision = Decision<OrderEvent, OrderError>;

type LifecycleCommandType = Exclude<OrderCommandType, 'PlaceOrder'>;

/** Which status each lifecycle command may start from; every other status refuses it. */
const allowedFrom: Record<LifecycleCommandType, readonly OrderStatus[]> = {
  ConfirmOrder: ['pending'],
  ShipOrder: ['confirmed'],
  DeliverOrder: ['shipped'],
  CancelOrder: ['pending', 'confirmed'],
};

/**
 * The status each lifecycle command leads to. The command again on an order already there is
 * an idempotent repeat: accepted with nothing to record, because a duplicate delivery or a saga
 * retrying after a timeout sends it again and must not see a failure (the Order Service counts
 * these as `idempotentRepeats`). PlaceOrder is not a lifecycle command: a second order under an
 * existing id may carry other lines, so it stays refused (OrderAlreadyExistsError).
 */
const leadsTo: Record<LifecycleCommandType, OrderStatus> = {
  ConfirmOrder: 'confirmed',
  ShipOrder: 'shipped',
  DeliverOrder: 'delivered',
  CancelOrder: 'cancelled',
};

/** Decides what an order command does to an order in `state`. Pure: no I/O, no clock, no ids. */
export function decideOrder(command: OrderCommand, state: OrderState): OrderDecision {
  if (command.type === 'PlaceOrder') return place(command.data, state);
  const { orderId } = command.data;
  if (state.status === 'none') return refuse(new OrderNotFoundError(orderId, command.type));
  if (leadsTo[command.type] === state.status) return accept();
  if (!allowedFrom[command.type].includes(state.status)) {
    return refuse(new InvalidOrderTransitionError(orderId, state.status, command.type));
  }
  return accept(transition(command, state));
}

function transition(
  command: Exclude<OrderCommand, { type: 'PlaceOrder' }>,
  order: ExistingOrder,
): OrderEvent {
  const { orderId } = order;
  switch (command.type) {
    case 'ConfirmOrder':
      return { type: 'order.confirmed', data: { orderId } };
    case 'ShipOrder':
      return {
        type: 'order.shipped',
        data: { orderId, trackingNumber: command.data.trackingNumber ?? null },
      };
    case 'DeliverOrder':
      return { type: 'order.delivered', data: { orderId } };
    case 'CancelOrder':
      return { type: 'order.cancelled', data: { orderId, reason: command.data.reason } };
  }
}

function place(data: PlaceOrderData, state: OrderState): OrderDecision {
  const { orderId, userId, items } = data;
  if (state.status !== 'none') return refuse(new OrderAlreadyExistsError(orderId, state.status));
  if (items.length === 0) return refuse(new EmptyOrderError(orderId));
  let total = 0;
  for (const { sku, quantity, unitPrice } of items) {
    if (!Number.isSafeInteger(quantity) || quantity <= 0) {
      return refuse(new InvalidQuantityError(orderId, sku, quantity));
    }
    if (!Number.isSafeInteger(unitPrice) || unitPrice < 0) {
      return refuse(new InvalidPriceError(orderId, sku, unitPrice));
    }
    total += quantity * unitPrice;
  }
  // Copy the lines so the event never aliases the caller's (possibly mutable) command payload.
  const lines = items.map(({ sku, quantity, unitPrice }) => ({ sku, quantity, unitPrice }));
  return accept({ type: 'order.placed', data: { orderId, userId, items: lines, total } });
}

/**
 * The Order aggregate as a decider: none -> pending -> confirmed -> shipped -> delivered, or
 * cancelled; a lifecycle command repeated on the status it leads to records nothing.
 */
export const orderDecider: Decider<OrderCommand, OrderEvent, OrderState, OrderError> = {
  initialState: initialOrderState,
  decide: decideOrder,
  evolve: evolveOrder,
  isEvent: (event): event is OrderEvent => isOrderEventType(event.type),
};
