import { useId, useState } from 'react';
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
import { type LatencyFocus, latencyRows } from './operations-rows';

interface LatencyChartProps {
  points: readonly OperationsPoint[];
  names: ReadonlyMap<string, string>;
}

/** Handler latency p50 and p95 of one component, or of the slowest one at each moment. */
export function LatencyChart({ points, names }: LatencyChartProps) {
  const [focus, setFocus] = useState<LatencyFocus>('slowest');
  const selectId = useId();
  const ids = points.at(-1)?.components.map((component) => component.id) ?? [];
  return (
    <ChartCard
      title="Handler latency"
      caption="p50 and p95, virtual ms"
      control={
        <span className="chart-card__control">
          <label htmlFor={selectId}>Latency of</label>
          <select id={selectId} value={focus} onChange={(event) => setFocus(event.target.value)}>
            <option value="slowest">Slowest component</option>
            {ids.map((id) => (
              <option key={id} value={id}>
                {names.get(id) ?? id}
              </option>
            ))}
          </select>
        </span>
      }
    >
      <LineChart {...chartProps} data={latencyRows(points, focus)}>
        <CartesianGrid {...gridProps} />
        <XAxis {...timeAxisProps} />
        <YAxis {...valueAxisProps} />
        <Tooltip {...tooltipProps} />
        <Legend {...legendProps} />
        <Line dataKey="p50" name="p50" stroke="#0ea5e9" dot={false} isAnimationActive={false} />
        <Line dataKey="p95" name="p95" stroke="#d97706" dot={false} isAnimationActive={false} />
      </LineChart>
    </ChartCard>
  );
}
