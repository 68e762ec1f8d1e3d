import type { OperationsPoint } from '../../sim/analysis/chart-series';
import { outcomeRows } from './operations-rows';
import { SeriesChart } from './SeriesChart';

/** Dead letters waiting in the DLQs and stale reads the Query APIs counted. */
export function ReliabilityChart({ points }: { points: readonly OperationsPoint[] }) {
  return (
    <SeriesChart
      title="DLQ and stale reads"
      caption="dead letters held; stale reads so far"
      // Levels and running totals move at events: they step rather than slope.
      plot={{ kind: 'line', curve: 'stepAfter' }}
      rows={outcomeRows(points)}
      series={[
        { key: 'deadLetters', label: 'DLQ size', color: '#dc2626' },
        { key: 'staleReads', label: 'Stale reads', color: '#a855f7' },
      ]}
    />
  );
}
