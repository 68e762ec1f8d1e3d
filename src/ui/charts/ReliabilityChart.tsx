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
import { outcomeRows } from './operations-rows';

/** Dead letters waiting in the DLQs and stale reads the Query APIs counted. */
export function ReliabilityChart({ points }: { points: readonly OperationsPoint[] }) {
  return (
    <ChartCard title="DLQ and stale reads" caption="dead letters held; stale reads so far">
      <LineChart {...chartProps} data={outcomeRows(points)}>
        <CartesianGrid {...gridProps} />
        <XAxis {...timeAxisProps} />
        <YAxis {...valueAxisProps} />
        <Tooltip {...tooltipProps} />
        <Legend {...legendProps} />
        <Line
          type="stepAfter"
          dataKey="deadLetters"
          name="DLQ size"
          stroke="#dc2626"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          type="stepAfter"
          dataKey="staleReads"
          name="Stale reads"
          stroke="#a855f7"
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartCard>
  );
}
