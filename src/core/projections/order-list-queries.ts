import { lookup } from './dict';
import type { OrderListModel, OrderView } from './order-list-projection';

// Queries copy rows out: the model is mutated in place by later events, and a caller holding a
// row must keep seeing the state it asked about.

/** One order, or null when the projection has not seen it. */
export function getOrder(model: OrderListModel, orderId: string): OrderView | null {
  const view = lookup(model.orders, orderId);
  return view ? { ...view } : null;
}

/** A user's orders, oldest first. */
export function ordersOfUser(model: OrderListModel, userId: string): OrderView[] {
  return viewsOf(model, lookup(model.orderIdsByUser, userId) ?? []);
}

/** Orders placed and not yet confirmed or cancelled, oldest first. */
export function pendingOrders(model: OrderListModel): OrderView[] {
  return viewsOf(model, Object.keys(model.pendingIds)).sort(
    (a, b) => a.placedPosition - b.placedPosition,
  );
}

function viewsOf(model: OrderListModel, orderIds: readonly string[]): OrderView[] {
  const views: OrderView[] = [];
  for (const orderId of orderIds) {
    const view = lookup(model.orders, orderId);
    if (view) views.push({ ...view });
  }
  return views;
}
