import { SeriesChart } from './SeriesChart';

/** Orders placed per virtual day (day 0 starts at virtual time 0). */
export function OrdersPerDayChart({ rows }: { rows: readonly { day: string; orders: number }[] }) {
  return (
    <SeriesChart
      title="Orders per day"
      caption="orders placed per virtual day"
      plot={{ kind: 'bar' }}
      rows={rows}
      xKey="day"
      series={[{ key: 'orders', label: 'Orders', color: '#6366f1' }]}
      legend={false}
    />
  );
}
