import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { OperationsPoint } from '../../sim/analysis/chart-series';
import { ChartCard } from './ChartCard';
import {
  chartProps,
  gridProps,
  legendProps,
  seriesColor,
  timeAxisProps,
  tooltipProps,
  valueAxisProps,
} from './chart-style';
import { busyComponents, maxThroughputLines, throughputRows } from './operations-rows';

interface ThroughputChartProps {
  points: readonly OperationsPoint[];
  names: ReadonlyMap<string, string>;
}

/** Messages handled per virtual second, one line per component among the busiest few. */
export function ThroughputChart({ points, names }: ThroughputChartProps) {
  const ids = busyComponents(points);
  return (
    <ChartCard
      title="Throughput"
      caption={`handled per virtual second, busiest ${maxThroughputLines} components`}
    >
      <LineChart {...chartProps} data={throughputRows(points)}>
        <CartesianGrid {...gridProps} />
        <XAxis {...timeAxisProps} />
        <YAxis {...valueAxisProps} />
        <Tooltip {...tooltipProps} />
        <Legend {...legendProps} />
        {ids.map((id, index) => (
          <Line
            key={id}
            type="monotone"
            dataKey={id}
            name={names.get(id) ?? id}
            stroke={seriesColor(index)}
            dot={false}
            strokeWidth={1.5}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartCard>
  );
}
