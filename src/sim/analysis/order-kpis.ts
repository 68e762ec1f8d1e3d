import {
  msPerDay,
  type OrderStatisticsModel,
} from '../../core/projections/order-statistics-projection';
import { orderStatistics } from '../../core/projections/order-statistics-queries';

/** The KPI cards above the order charts. Money in minor units (cents). */
export interface OrderKpis {
  readonly totalOrders: number;
  readonly revenue: number;
  /** Revenue per order not cancelled; 0 when there is none. */
  readonly averageOrderValue: number;
  readonly cancelledOrders: number;
  /**
   * Cancelled orders / all orders (0..1; 0 with no orders). In a run, orders are cancelled by
   * the saga when a step fails (reject-order or cancel-order), so this is the share of orders
   * whose saga turned back; counted from the read model, it also includes any other cancellation.
   */
  readonly compensationRate: number;
  /** Orders placed per virtual day, by day number (day 0 starts at virtual time 0). */
  readonly ordersPerDay: readonly {
    readonly day: number;
    readonly dayStart: number;
    readonly orders: number;
  }[];
}

/** The KPIs of the order statistics read model. */
export function orderKpis(model: OrderStatisticsModel): OrderKpis {
  const statistics = orderStatistics(model);
  const cancelled = statistics.byStatus.cancelled;
  const ordersPerDay = Object.entries(statistics.ordersPerDay)
    .map(([day, orders]) => ({ day: Number(day), dayStart: Number(day) * msPerDay, orders }))
    .sort((a, b) => a.day - b.day);
  return {
    totalOrders: statistics.totalOrders,
    revenue: statistics.revenue,
    averageOrderValue: statistics.averageOrderValue,
    cancelledOrders: cancelled,
    compensationRate: statistics.totalOrders === 0 ? 0 : cancelled / statistics.totalOrders,
    ordersPerDay,
  };
}
