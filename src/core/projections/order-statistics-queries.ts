import type { OrderStatus } from '../order/order-state';
import type { Dict } from './dict';
import type { OrderStatisticsModel } from './order-statistics-projection';

/** What a dashboard shows; a copy, detached from the live model. */
export type OrderStatistics = {
  totalOrders: number;
  byStatus: Record<OrderStatus, number>;
  /**
   * Revenue = totals of orders not cancelled = placed revenue minus cancelled revenue
   * (minor units). A cancelled order never earned anything, whenever it was cancelled.
   */
  revenue: number;
  placedRevenue: number;
  cancelledRevenue: number;
  /** Revenue divided by the number of orders not cancelled; 0 when there are none. */
  averageOrderValue: number;
  ordersPerDay: Dict<number>;
};

/** The statistics as of the model's checkpoint. */
export function orderStatistics(model: OrderStatisticsModel): OrderStatistics {
  const revenue = model.placedRevenue - model.cancelledRevenue;
  const earning = model.totalOrders - model.byStatus.cancelled;
  return {
    totalOrders: model.totalOrders,
    byStatus: { ...model.byStatus },
    revenue,
    placedRevenue: model.placedRevenue,
    cancelledRevenue: model.cancelledRevenue,
    averageOrderValue: earning === 0 ? 0 : revenue / earning,
    ordersPerDay: { ...model.ordersPerDay },
  };
}
