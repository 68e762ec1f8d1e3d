import { Area, AreaChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from './ChartCard';
import {
  chartProps,
  gridProps,
  legendProps,
  statusColors,
  timeAxisProps,
  tooltipProps,
  valueAxisProps,
} from './chart-style';
import { orderStatuses, type StatisticsRow } from './statistics-rows';

/** Orders in each status over virtual time, stacked (the stack's height is all orders). */
export function OrdersByStatusChart({ rows }: { rows: readonly StatisticsRow[] }) {
  return (
    <ChartCard title="Orders by status" caption="orders, stacked, over virtual time">
      <AreaChart {...chartProps} data={rows as StatisticsRow[]}>
        <CartesianGrid {...gridProps} />
        <XAxis {...timeAxisProps} />
        <YAxis {...valueAxisProps} />
        <Tooltip {...tooltipProps} />
        <Legend {...legendProps} />
        {orderStatuses.map((status) => (
          <Area
            key={status}
            type="stepAfter"
            dataKey={status}
            stackId="status"
            stroke={statusColors[status]}
            fill={statusColors[status]}
            fillOpacity={0.35}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    </ChartCard>
  );
}
