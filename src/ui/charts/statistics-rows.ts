import type { OrderStatus } from '../../core/order/order-state';
import {
  downsampleLast,
  type OrderKpis,
  type StatisticsSample,
} from '../../sim/analysis/chart-series';

/** Points a chart draws at most, however long the run. */
export const maxChartPoints = 200;

/**
 * Statuses bottom-up in the stacked chart: settled orders at the bottom, new ones on top, so
 * the top edge is the count of all orders and an empty status adds no misleading line.
 */
export const orderStatuses: readonly OrderStatus[] = [
  'cancelled',
  'delivered',
  'shipped',
  'confirmed',
  'pending',
];

/** One point of "orders by status" and "revenue": time in virtual seconds, money in dollars. */
export type StatisticsRow = { time: number; revenue: number } & Record<OrderStatus, number>;

/** The samples as chart rows, downsampled to at most maxChartPoints (levels keep bucket ends). */
export function statisticsRows(samples: readonly StatisticsSample[]): StatisticsRow[] {
  return downsampleLast(samples, maxChartPoints).map((sample) => ({
    time: sample.time / 1000,
    revenue: sample.revenue / 100,
    ...sample.countsByStatus,
  }));
}

/** The bars of "orders per virtual day". */
export function ordersPerDayRows(kpis: OrderKpis): { day: string; orders: number }[] {
  return kpis.ordersPerDay.map(({ day, orders }) => ({ day: `Day ${day}`, orders }));
}

/** The samples up to virtual time `time`, then `last` (the exact state there) closing the series. */
export function samplesUntil(
  samples: readonly StatisticsSample[],
  time: number,
  last: StatisticsSample,
): StatisticsSample[] {
  const kept = samples.filter((sample) => sample.time < time);
  kept.push(last);
  return kept;
}
