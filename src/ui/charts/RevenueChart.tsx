import { formatCents, formatCompactCents } from './format';
import { SeriesChart } from './SeriesChart';
import type { ValueFormat } from './series-chart-spec';
import type { StatisticsRow } from './statistics-rows';

/** Rows hold dollars (statistics-rows.ts); the formats take cents. */
const money: ValueFormat = {
  tick: (dollars) => formatCompactCents(Number(dollars) * 100),
  tooltip: (dollars) => formatCents(Number(dollars) * 100),
  axisWidth: 56,
};

/** Revenue (orders not cancelled) over virtual time. */
export function RevenueChart({ rows }: { rows: readonly StatisticsRow[] }) {
  return (
    <SeriesChart
      title="Revenue"
      caption="USD, orders not cancelled"
      plot={{ kind: 'area', curve: 'monotone', fillOpacity: 0.2, stacked: false }}
      rows={rows}
      series={[{ key: 'revenue', label: 'Revenue', color: '#16a34a' }]}
      valueFormat={money}
      legend={false}
    />
  );
}
