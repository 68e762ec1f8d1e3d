import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from './ChartCard';
import { chartProps, gridProps, timeAxisProps, tooltipProps, valueAxisProps } from './chart-style';
import { formatCents, formatCompactCents } from './format';
import type { StatisticsRow } from './statistics-rows';

const money = (dollars: unknown) => formatCents(Number(dollars) * 100);
const moneyTick = (dollars: unknown) => formatCompactCents(Number(dollars) * 100);

/** Revenue (orders not cancelled) over virtual time. */
export function RevenueChart({ rows }: { rows: readonly StatisticsRow[] }) {
  return (
    <ChartCard title="Revenue" caption="USD, orders not cancelled">
      <AreaChart {...chartProps} data={rows as StatisticsRow[]}>
        <CartesianGrid {...gridProps} />
        <XAxis {...timeAxisProps} />
        <YAxis {...valueAxisProps} width={56} tickFormatter={moneyTick} />
        <Tooltip {...tooltipProps} formatter={money} />
        <Area
          type="monotone"
          dataKey="revenue"
          name="Revenue"
          stroke="#16a34a"
          fill="#16a34a"
          fillOpacity={0.2}
          isAnimationActive={false}
        />
      </AreaChart>
    </ChartCard>
  );
}
