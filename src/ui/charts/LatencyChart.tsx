import { useState } from 'react';
import type { OperationsPoint } from '../../sim/analysis/chart-series';
import { LatencyFocusSelect } from './LatencyFocusSelect';
import { type LatencyFocus, latencyRows } from './operations-rows';
import { SeriesChart } from './SeriesChart';

interface LatencyChartProps {
  points: readonly OperationsPoint[];
  names: ReadonlyMap<string, string>;
}

/** Handler latency p50 and p95 of one component, or of the slowest one at each moment. */
export function LatencyChart({ points, names }: LatencyChartProps) {
  const [focus, setFocus] = useState<LatencyFocus>('slowest');
  const ids = points.at(-1)?.components.map((component) => component.id) ?? [];
  return (
    <SeriesChart
      title="Handler latency"
      caption="p50 and p95, virtual ms"
      control={<LatencyFocusSelect focus={focus} onChange={setFocus} ids={ids} names={names} />}
      plot={{ kind: 'line' }}
      rows={latencyRows(points, focus)}
      series={[
        { key: 'p50', label: 'p50', color: '#0ea5e9' },
        { key: 'p95', label: 'p95', color: '#d97706' },
      ]}
    />
  );
}
