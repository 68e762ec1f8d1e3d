import { isOrderEventType, type StoredOrderEvent } from '../order/order-events';
import type { OrderStatus } from '../order/order-state';
import { type Dict, lookup, put } from './dict';
import type { Projection } from './projection';

/** Length of a virtual day in ms: orders are counted per `floor(time / msPerDay)`. */
export const msPerDay = 86_400_000;

/** The little the statistics must remember per order to move it between buckets later. */
export type OrderTally = { status: OrderStatus; total: number };

/**
 * Counters over all orders. Fixes the seed, which never counted `order.confirmed` (so a confirmed
 * order stayed "pending") and clamped counts at zero to hide it: here every status event moves
 * its order from its previous bucket to the new one, so the buckets always sum to `totalOrders`.
 */
export type OrderStatisticsModel = {
  totalOrders: number;
  byStatus: Record<OrderStatus, number>;
  /** Sum of the totals of every order ever placed (minor units). */
  placedRevenue: number;
  /** Sum of the totals of the orders cancelled since (minor units). */
  cancelledRevenue: number;
  /** Orders placed per virtual day; keys are day numbers as strings (JSON object keys). */
  ordersPerDay: Dict<number>;
  orders: Dict<OrderTally>;
};

export const orderStatisticsProjectionName = 'order-statistics';

/** Order counts by status, revenue and orders per virtual day (seed: OrderStatisticsProjection). */
export const orderStatisticsProjection: Projection<OrderStatisticsModel> = {
  name: orderStatisticsProjectionName,
  initial: () => ({
    totalOrders: 0,
    byStatus: { pending: 0, confirmed: 0, shipped: 0, delivered: 0, cancelled: 0 },
    placedRevenue: 0,
    cancelledRevenue: 0,
    ordersPerDay: {},
    orders: {},
  }),
  canHandle: isOrderEventType,
  evolve: (model, event) => {
    evolveStatistics(model, event as StoredOrderEvent);
    return model;
  },
};

const statusAfter: Record<Exclude<StoredOrderEvent['type'], 'order.placed'>, OrderStatus> = {
  'order.confirmed': 'confirmed',
  'order.shipped': 'shipped',
  'order.delivered': 'delivered',
  'order.cancelled': 'cancelled',
};

function evolveStatistics(model: OrderStatisticsModel, event: StoredOrderEvent): void {
  const { orderId } = event.data;
  const tally = lookup(model.orders, orderId);
  if (event.type === 'order.placed') {
    if (tally) return;
    const { total } = event.data;
    put(model.orders, orderId, { status: 'pending', total });
    model.totalOrders += 1;
    model.byStatus.pending += 1;
    model.placedRevenue += total;
    const day = String(Math.floor(event.time / msPerDay));
    model.ordersPerDay[day] = (lookup(model.ordersPerDay, day) ?? 0) + 1;
    return;
  }
  // A status event for an order never placed cannot come from the decider: nothing to move.
  if (!tally) return;
  const next = statusAfter[event.type];
  model.byStatus[tally.status] -= 1;
  model.byStatus[next] += 1;
  if (next === 'cancelled' && tally.status !== 'cancelled') model.cancelledRevenue += tally.total;
  tally.status = next;
}
