import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { OperationsPoint } from '../../sim/analysis/chart-series';
import { ChartCard } from './ChartCard';
import {
  chartProps,
  gridProps,
  legendProps,
  timeAxisProps,
  tooltipProps,
  valueAxisProps,
} from './chart-style';
import { lagRows } from './operations-rows';

/** How far consumers and projections are behind: positions (left axis) and virtual ms (right). */
export function LagChart({ points }: { points: readonly OperationsPoint[] }) {
  return (
    <ChartCard title="Consumer lag" caption="positions (left) and virtual ms (right)">
      <LineChart
        {...chartProps}
        margin={{ ...chartProps.margin, right: -8 }}
        data={lagRows(points)}
      >
        <CartesianGrid {...gridProps} />
        <XAxis {...timeAxisProps} />
        <YAxis yAxisId="positions" {...valueAxisProps} />
        <YAxis yAxisId="ms" orientation="right" {...valueAxisProps} />
        <Tooltip {...tooltipProps} />
        <Legend {...legendProps} />
        <Line
          yAxisId="positions"
          dataKey="consumerLag"
          name="Bus consumers (messages)"
          stroke="#6366f1"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          yAxisId="positions"
          dataKey="projectionLagPositions"
          name="Projection (positions)"
          stroke="#a855f7"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          yAxisId="ms"
          dataKey="projectionLagMs"
          name="Projection (ms)"
          stroke="#d97706"
          strokeDasharray="4 3"
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartCard>
  );
}
