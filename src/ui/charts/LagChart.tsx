import type { OperationsPoint } from '../../sim/analysis/chart-series';
import { seriesColors } from './chart-style';
import { lagRows, lagSubscribers, subscriberLagKey } from './operations-rows';
import { SeriesChart } from './SeriesChart';

const busTotalColor = '#6366f1';
const projectionPositionsColor = '#a855f7';
const projectionMsColor = '#d97706';
/** Subscriber lines take the palette's other colours, so none looks like a total. */
const subscriberColors = seriesColors.filter(
  (color) => ![busTotalColor, projectionPositionsColor, projectionMsColor].includes(color),
);

interface LagChartProps {
  points: readonly OperationsPoint[];
  names: ReadonlyMap<string, string>;
}

/**
 * How far consumers and projections are behind: positions (left axis) and virtual ms (right).
 * The bus total is the sum of its subscribers' lags, each drawn too, so the one behind shows.
 */
export function LagChart({ points, names }: LagChartProps) {
  return (
    <SeriesChart
      title="Consumer lag"
      caption="positions (left) and virtual ms (right); the bus total and each subscriber"
      plot={{ kind: 'line', connectNulls: true }}
      rows={lagRows(points)}
      valueAxes={[
        { id: 'positions', side: 'left' },
        { id: 'ms', side: 'right' },
      ]}
      series={[
        {
          key: 'consumerLag',
          label: 'Bus consumers (messages)',
          color: busTotalColor,
          axis: 'positions',
        },
        ...lagSubscribers(points).map((id, index) => ({
          key: subscriberLagKey(id),
          label: `${names.get(id) ?? id} (messages)`,
          color: subscriberColors[index % subscriberColors.length] ?? busTotalColor,
          axis: 'positions',
        })),
        {
          key: 'projectionLagPositions',
          label: 'Projection (positions)',
          color: projectionPositionsColor,
          axis: 'positions',
        },
        // Dashed: the one series in ms, read against the right axis.
        {
          key: 'projectionLagMs',
          label: 'Projection (ms)',
          color: projectionMsColor,
          axis: 'ms',
          dash: '4 3',
        },
      ]}
    />
  );
}
