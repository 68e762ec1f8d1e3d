import type { Query, QueryHandlers } from '../cqrs/query';
import {
  type OrderListModel,
  type OrderView,
  orderListProjectionName,
} from './order-list-projection';
import { getOrder, ordersOfUser, pendingOrders } from './order-list-queries';
import {
  type OrderStatisticsModel,
  orderStatisticsProjectionName,
} from './order-statistics-projection';
import { type OrderStatistics, orderStatistics } from './order-statistics-queries';

/** The order read side's queries: the model each reads, its params and its result. */
export type OrderQueryCatalog = {
  GetOrder: { model: OrderListModel; params: { orderId: string }; result: OrderView | null };
  GetUserOrders: { model: OrderListModel; params: { userId: string }; result: OrderView[] };
  GetPendingOrders: { model: OrderListModel; params: Record<string, never>; result: OrderView[] };
  GetOrderStatistics: {
    model: OrderStatisticsModel;
    params: Record<string, never>;
    result: OrderStatistics;
  };
};

export type OrderQueryType = keyof OrderQueryCatalog;

/** Any one order query, its params typed by its type. */
export type OrderQuery = {
  [TType in OrderQueryType]: Query<TType, OrderQueryCatalog[TType]['params']>;
}[OrderQueryType];

/** Each order query with the projection that answers it (seed: the order QueryHandlers). */
export const orderQueries: QueryHandlers<OrderQueryCatalog> = {
  GetOrder: {
    projection: orderListProjectionName,
    read: (model, { orderId }) => getOrder(model, orderId),
  },
  GetUserOrders: {
    projection: orderListProjectionName,
    read: (model, { userId }) => ordersOfUser(model, userId),
  },
  GetPendingOrders: {
    projection: orderListProjectionName,
    read: (model) => pendingOrders(model),
  },
  GetOrderStatistics: {
    projection: orderStatisticsProjectionName,
    read: (model) => orderStatistics(model),
  },
};
