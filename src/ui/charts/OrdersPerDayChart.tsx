import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from './ChartCard';
import { chartProps, gridProps, tooltipContentStyle, valueAxisProps } from './chart-style';

const axis = { tick: { fontSize: 10, fill: '#8a93a3' }, stroke: '#8a93a3' } as const;

/** Orders placed per virtual day (day 0 starts at virtual time 0). */
export function OrdersPerDayChart({ rows }: { rows: readonly { day: string; orders: number }[] }) {
  return (
    <ChartCard title="Orders per day" caption="orders placed per virtual day">
      <BarChart {...chartProps} data={rows as { day: string; orders: number }[]}>
        <CartesianGrid {...gridProps} />
        <XAxis dataKey="day" {...axis} />
        <YAxis {...valueAxisProps} />
        <Tooltip isAnimationActive={false} contentStyle={tooltipContentStyle} />
        <Bar dataKey="orders" name="Orders" fill="#6366f1" isAnimationActive={false} />
      </BarChart>
    </ChartCard>
  );
}
