import type { StoredEvent } from '../messages/event';
import {
  isOrderEventType,
  type OrderPlacedData,
  type StoredOrderEvent,
} from '../order/order-events';
import type { OrderStatus } from '../order/order-state';
import { type Dict, lookup, put, remove } from './dict';
import type { Projection } from './projection';

/** One row of the order list: what a list or detail screen shows without reading the stream. */
export type OrderView = {
  orderId: string;
  userId: string;
  status: OrderStatus;
  /** Minor units (cents). */
  total: number;
  lineCount: number;
  unitCount: number;
  trackingNumber: string | null;
  cancelReason: string | null;
  placedAt: number;
  updatedAt: number;
  /** Global position of `order.placed`: a stable, rebuild-proof ordering key. */
  placedPosition: number;
};

/** Rows by order id, plus the two indexes the queries need, so no query scans every order. */
export type OrderListModel = {
  orders: Dict<OrderView>;
  orderIdsByUser: Dict<string[]>;
  pendingIds: Dict<true>;
};

export const orderListProjectionName = 'order-list';

/** Lists orders by id, by user and by pending status (seed: OrderListProjection, all statuses). */
export const orderListProjection: Projection<OrderListModel> = {
  name: orderListProjectionName,
  initial: () => ({ orders: {}, orderIdsByUser: {}, pendingIds: {} }),
  canHandle: isOrderEventType,
  evolve: (model, event) => {
    evolveOrderList(model, event as StoredOrderEvent);
    return model;
  },
};

function evolveOrderList(model: OrderListModel, event: StoredOrderEvent): void {
  if (event.type === 'order.placed') {
    addOrder(model, event, event.data);
    return;
  }
  const { orderId } = event.data;
  const view = lookup(model.orders, orderId);
  // A status event for an unknown order cannot come from the decider; ignore rather than invent.
  if (!view) return;
  view.updatedAt = event.time;
  switch (event.type) {
    case 'order.confirmed':
      view.status = 'confirmed';
      break;
    case 'order.shipped':
      view.status = 'shipped';
      view.trackingNumber = event.data.trackingNumber;
      break;
    case 'order.delivered':
      view.status = 'delivered';
      break;
    case 'order.cancelled':
      view.status = 'cancelled';
      view.cancelReason = event.data.reason;
      break;
  }
  remove(model.pendingIds, orderId);
}

function addOrder(model: OrderListModel, event: StoredEvent, data: OrderPlacedData): void {
  const { orderId, userId, items, total } = data;
  if (lookup(model.orders, orderId)) return;
  let unitCount = 0;
  for (const line of items) unitCount += line.quantity;
  put(model.orders, orderId, {
    orderId,
    userId,
    status: 'pending',
    total,
    lineCount: items.length,
    unitCount,
    trackingNumber: null,
    cancelReason: null,
    placedAt: event.time,
    updatedAt: event.time,
    placedPosition: event.position,
  });
  const ofUser = lookup(model.orderIdsByUser, userId);
  if (ofUser) ofUser.push(orderId);
  else put(model.orderIdsByUser, userId, [orderId]);
  put(model.pendingIds, orderId, true);
}
