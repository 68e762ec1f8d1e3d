import { statusColors } from './chart-style';
import { SeriesChart } from './SeriesChart';
import { orderStatuses, type StatisticsRow } from './statistics-rows';

/** Orders in each status over virtual time, stacked (the stack's height is all orders). */
export function OrdersByStatusChart({ rows }: { rows: readonly StatisticsRow[] }) {
  return (
    <SeriesChart
      title="Orders by status"
      caption="orders, stacked, over virtual time"
      plot={{ kind: 'area', curve: 'stepAfter', fillOpacity: 0.35, stacked: true }}
      rows={rows}
      // Unlabelled: the legend and tooltip name each status by its key (pending, shipped...).
      series={orderStatuses.map((status) => ({ key: status, color: statusColors[status] }))}
    />
  );
}
