import type { OperationsPoint } from '../../sim/analysis/chart-series';
import { lagRows } from './operations-rows';
import { SeriesChart } from './SeriesChart';

/** How far consumers and projections are behind: positions (left axis) and virtual ms (right). */
export function LagChart({ points }: { points: readonly OperationsPoint[] }) {
  return (
    <SeriesChart
      title="Consumer lag"
      caption="positions (left) and virtual ms (right)"
      plot={{ kind: 'line' }}
      rows={lagRows(points)}
      valueAxes={[
        { id: 'positions', side: 'left' },
        { id: 'ms', side: 'right' },
      ]}
      series={[
        {
          key: 'consumerLag',
          label: 'Bus consumers (messages)',
          color: '#6366f1',
          axis: 'positions',
        },
        {
          key: 'projectionLagPositions',
          label: 'Projection (positions)',
          color: '#a855f7',
          axis: 'positions',
        },
        // Dashed: the one series in ms, read against the right axis.
        {
          key: 'projectionLagMs',
          label: 'Projection (ms)',
          color: '#d97706',
          axis: 'ms',
          dash: '4 3',
        },
      ]}
    />
  );
}
