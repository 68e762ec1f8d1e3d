import type {
  CancelOrder,
  ConfirmOrder,
  DeliverOrder,
  OrderLine,
  PlaceOrder,
  ShipOrder,
} from '../../src/core/order/order-commands';
import type {
  OrderCancelled,
  OrderConfirmed,
  OrderDelivered,
  OrderPlaced,
  OrderShipped,
} from '../../src/core/order/order-events';

/** Two lines: 2 x 1250 + 1 x 500 = 3000 cents. */
export const sampleItems: OrderLine[] = [
  { sku: 'SKU-1', quantity: 2, unitPrice: 1250 },
  { sku: 'SKU-2', quantity: 1, unitPrice: 500 },
];
export const sampleTotal = 3000;

export const placeOrder = (
  orderId = 'o-1',
  items: OrderLine[] = sampleItems,
  userId = 'u-1',
): PlaceOrder => ({ type: 'PlaceOrder', data: { orderId, userId, items } });
export const confirmOrder = (orderId = 'o-1'): ConfirmOrder => ({
  type: 'ConfirmOrder',
  data: { orderId },
});
export const shipOrder = (orderId = 'o-1', trackingNumber?: string): ShipOrder => ({
  type: 'ShipOrder',
  data: trackingNumber === undefined ? { orderId } : { orderId, trackingNumber },
});
export const deliverOrder = (orderId = 'o-1'): DeliverOrder => ({
  type: 'DeliverOrder',
  data: { orderId },
});
export const cancelOrder = (orderId = 'o-1', reason = 'customer request'): CancelOrder => ({
  type: 'CancelOrder',
  data: { orderId, reason },
});

/** `order.placed` whose total is computed from the lines, as the decider does. */
export const orderPlaced = (
  orderId = 'o-1',
  items: OrderLine[] = sampleItems,
  userId = 'u-1',
): OrderPlaced => ({
  type: 'order.placed',
  data: {
    orderId,
    userId,
    items,
    total: items.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0),
  },
});
export const orderConfirmed = (orderId = 'o-1'): OrderConfirmed => ({
  type: 'order.confirmed',
  data: { orderId },
});
export const orderShipped = (
  orderId = 'o-1',
  trackingNumber: string | null = null,
): OrderShipped => ({
  type: 'order.shipped',
  data: { orderId, trackingNumber },
});
export const orderDelivered = (orderId = 'o-1'): OrderDelivered => ({
  type: 'order.delivered',
  data: { orderId },
});
export const orderCancelled = (orderId = 'o-1', reason = 'customer request'): OrderCancelled => ({
  type: 'order.cancelled',
  data: { orderId, reason },
});
