import type { OperationsPoint } from '../../sim/analysis/chart-series';
import { type ChartRow, outcomeRows } from './operations-rows';
import { SeriesChart, type TimeChartDeclaration } from './SeriesChart';
import type { PlotKind } from './series-chart-spec';

/** An outcome chart's own part: the rest (rows, plot) all of them share. */
type OutcomeChart = Pick<TimeChartDeclaration<ChartRow>, 'title' | 'caption' | 'series'>;

// Running totals and levels move only at events (a saga ends, a letter is dead-lettered): they
// step rather than slope.
const stepped: PlotKind = { kind: 'line', curve: 'stepAfter' };

/**
 * Sagas by how they ended, as running totals; dead letters waiting in the DLQs and the stale
 * reads the Query APIs counted so far.
 */
const outcomeCharts: readonly OutcomeChart[] = [
  {
    title: 'Saga outcomes',
    caption: 'sagas ended, running totals',
    series: [
      { key: 'completed', label: 'Completed', color: '#16a34a' },
      { key: 'compensated', label: 'Compensated', color: '#d97706' },
      { key: 'stuck', label: 'Stuck', color: '#dc2626' },
    ],
  },
  {
    title: 'DLQ and stale reads',
    caption: 'dead letters held; stale reads so far',
    series: [
      { key: 'deadLetters', label: 'DLQ size', color: '#dc2626' },
      { key: 'staleReads', label: 'Stale reads', color: '#a855f7' },
    ],
  },
];

/** The charts of outcomeRows, one tile each, from rows made once. */
export function OutcomeCharts({ points }: { points: readonly OperationsPoint[] }) {
  const rows = outcomeRows(points);
  return outcomeCharts.map((chart) => (
    <SeriesChart key={chart.title} {...chart} plot={stepped} rows={rows} />
  ));
}
