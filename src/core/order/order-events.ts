import type { DecidedEvent } from '../cqrs/decider';
import type { StoredEvent } from '../messages/event';
import type { OrderLine } from './order-commands';

export type OrderPlacedData = {
  readonly orderId: string;
  readonly userId: string;
  readonly items: OrderLine[];
  /** Sum of quantity x unitPrice, in minor units; carried so readers need not recompute it. */
  readonly total: number;
};
export type OrderConfirmedData = { readonly orderId: string };
export type OrderShippedData = { readonly orderId: string; readonly trackingNumber: string | null };
export type OrderDeliveredData = { readonly orderId: string };
export type OrderCancelledData = { readonly orderId: string; readonly reason: string };

export type OrderPlaced = DecidedEvent<'order.placed', OrderPlacedData>;
export type OrderConfirmed = DecidedEvent<'order.confirmed', OrderConfirmedData>;
export type OrderShipped = DecidedEvent<'order.shipped', OrderShippedData>;
export type OrderDelivered = DecidedEvent<'order.delivered', OrderDeliveredData>;
export type OrderCancelled = DecidedEvent<'order.cancelled', OrderCancelledData>;

/** Every fact the Order decider records. */
export type OrderEvent =
  | OrderPlaced
  | OrderConfirmed
  | OrderShipped
  | OrderDelivered
  | OrderCancelled;

export type OrderEventType = OrderEvent['type'];

/** A stored order event: the envelope plus a payload narrowed by `type`. */
export type StoredOrderEvent = StoredEvent & OrderEvent;

const orderEventTypes: ReadonlySet<string> = new Set<OrderEventType>([
  'order.placed',
  'order.confirmed',
  'order.shipped',
  'order.delivered',
  'order.cancelled',
]);

/** True for the five order event types. */
export function isOrderEventType(type: string): type is OrderEventType {
  return orderEventTypes.has(type);
}

/**
 * Recognises an order event by its type. The payload is trusted, not re-validated: order
 * streams are written only by the Order decider, and imported logs are validated at the import
 * boundary.
 */
export function isOrderEvent<T extends DecidedEvent>(event: T): event is T & OrderEvent {
  return isOrderEventType(event.type);
}

const orderStreamPrefix = 'order-';

/** The stream that holds one order's events: `order-<orderId>`. */
export function orderStreamId(orderId: string): string {
  return `${orderStreamPrefix}${orderId}`;
}

/** True when `streamId` names an order's stream (people paste either an order id or this). */
export function isOrderStreamId(streamId: string): boolean {
  return streamId.startsWith(orderStreamPrefix);
}
