import type { OperationsPoint } from '../../sim/analysis/chart-series';
import { seriesColor } from './chart-style';
import { busyComponents, maxThroughputLines, throughputRows } from './operations-rows';
import { SeriesChart } from './SeriesChart';

interface ThroughputChartProps {
  points: readonly OperationsPoint[];
  names: ReadonlyMap<string, string>;
}

/** Messages handled per virtual second, one line per component among the busiest few. */
export function ThroughputChart({ points, names }: ThroughputChartProps) {
  return (
    <SeriesChart
      title="Throughput"
      caption={`handled per virtual second, busiest ${maxThroughputLines} components`}
      // A rate is null where there is no honest one (first point, component just added or
      // rebuilt: operations-series.ts); the line carries on across it.
      plot={{ kind: 'line', curve: 'monotone', strokeWidth: 1.5, connectNulls: true }}
      rows={throughputRows(points)}
      series={busyComponents(points).map((id, index) => ({
        key: id,
        label: names.get(id) ?? id,
        color: seriesColor(index),
      }))}
    />
  );
}
