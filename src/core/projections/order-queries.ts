import type { QueryBus } from '../cqrs/query-bus';
import type { CheckpointedProjection } from './checkpointed-projection';
import type { OrderListModel, OrderView } from './order-list-projection';
import { getOrder, ordersOfUser, pendingOrders } from './order-list-queries';
import type { OrderStatisticsModel } from './order-statistics-projection';
import { type OrderStatistics, orderStatistics } from './order-statistics-queries';

/** The order read side's queries, with their params and results. */
export type OrderQueryCatalog = {
  GetOrder: { params: { orderId: string }; result: OrderView | null };
  GetUserOrders: { params: { userId: string }; result: OrderView[] };
  GetPendingOrders: { params: Record<string, never>; result: OrderView[] };
  GetOrderStatistics: { params: Record<string, never>; result: OrderStatistics };
};

export interface OrderReadModels {
  readonly orderList: CheckpointedProjection<OrderListModel>;
  readonly statistics: CheckpointedProjection<OrderStatisticsModel>;
}

/** Registers the four order queries on `bus`, each reading the projection that answers it. */
export function registerOrderQueries(
  bus: QueryBus<OrderQueryCatalog>,
  { orderList, statistics }: OrderReadModels,
): void {
  bus.register('GetOrder', {
    projection: orderList,
    read: (model, { orderId }) => getOrder(model, orderId),
  });
  bus.register('GetUserOrders', {
    projection: orderList,
    read: (model, { userId }) => ordersOfUser(model, userId),
  });
  bus.register('GetPendingOrders', {
    projection: orderList,
    read: (model) => pendingOrders(model),
  });
  bus.register('GetOrderStatistics', {
    projection: statistics,
    read: (model) => orderStatistics(model),
  });
}
