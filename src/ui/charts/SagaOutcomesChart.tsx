import type { OperationsPoint } from '../../sim/analysis/chart-series';
import { outcomeRows } from './operations-rows';
import { SeriesChart } from './SeriesChart';

/** Sagas by how they ended, as running totals. */
export function SagaOutcomesChart({ points }: { points: readonly OperationsPoint[] }) {
  return (
    <SeriesChart
      title="Saga outcomes"
      caption="sagas ended, running totals"
      // A running total moves only when a saga ends: it steps rather than slopes.
      plot={{ kind: 'line', curve: 'stepAfter' }}
      rows={outcomeRows(points)}
      series={[
        { key: 'completed', label: 'Completed', color: '#16a34a' },
        { key: 'compensated', label: 'Compensated', color: '#d97706' },
        { key: 'stuck', label: 'Stuck', color: '#dc2626' },
      ]}
    />
  );
}
