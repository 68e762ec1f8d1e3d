import { statusColors } from './chart-style';
import { formatCents, formatCompactCents } from './format';
import { SeriesChart, type TimeChartDeclaration } from './SeriesChart';
import type { ValueFormat } from './series-chart-spec';
import { orderStatuses, type StatisticsRow } from './statistics-rows';

/** Rows hold dollars (statistics-rows.ts); the formats take cents. */
const money: ValueFormat = {
  tick: (dollars) => formatCompactCents(Number(dollars) * 100),
  tooltip: (dollars) => formatCents(Number(dollars) * 100),
  axisWidth: 56,
};

/**
 * Orders in each status over virtual time, stacked (the stack's height is all orders); revenue
 * (orders not cancelled) over virtual time.
 */
const statisticsCharts: readonly TimeChartDeclaration<StatisticsRow>[] = [
  {
    title: 'Orders by status',
    caption: 'orders, stacked, over virtual time',
    plot: { kind: 'area', curve: 'stepAfter', fillOpacity: 0.35, stacked: true },
    // Unlabelled: the legend and tooltip name each status by its key (pending, shipped...).
    series: orderStatuses.map((status) => ({ key: status, color: statusColors[status] })),
  },
  {
    title: 'Revenue',
    caption: 'USD, orders not cancelled',
    plot: { kind: 'area', curve: 'monotone', fillOpacity: 0.2, stacked: false },
    series: [{ key: 'revenue', label: 'Revenue', color: '#16a34a' }],
    valueFormat: money,
    legend: false,
  },
];

/** The charts of the order statistics rows (statisticsRows), one tile each. */
export function StatisticsCharts({ rows }: { rows: readonly StatisticsRow[] }) {
  return statisticsCharts.map((chart) => <SeriesChart key={chart.title} {...chart} rows={rows} />);
}
