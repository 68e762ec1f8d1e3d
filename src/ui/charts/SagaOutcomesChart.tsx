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

const outcomes = [
  { key: 'completed', name: 'Completed', color: '#16a34a' },
  { key: 'compensated', name: 'Compensated', color: '#d97706' },
  { key: 'stuck', name: 'Stuck', color: '#dc2626' },
] as const;

/** Sagas by how they ended, as running totals. */
export function SagaOutcomesChart({ points }: { points: readonly OperationsPoint[] }) {
  return (
    <ChartCard title="Saga outcomes" caption="sagas ended, running totals">
      <LineChart {...chartProps} data={outcomeRows(points)}>
        <CartesianGrid {...gridProps} />
        <XAxis {...timeAxisProps} />
        <YAxis {...valueAxisProps} />
        <Tooltip {...tooltipProps} />
        <Legend {...legendProps} />
        {outcomes.map(({ key, name, color }) => (
          <Line
            key={key}
            type="stepAfter"
            dataKey={key}
            name={name}
            stroke={color}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartCard>
  );
}
