import './charts.css';
import { useMemo } from 'react';
import { useEventfoldStore } from '../../state/store';
import { bottomTabs } from '../panel/bottom-tabs';
import { EmptyState } from '../shared/EmptyState';
import { ChartDataButton } from './ChartDataButton';
import { chartScene, isEmptyScene } from './chart-scene';
import { formatCount, formatSeconds } from './format';
import { KpiCards } from './KpiCards';
import { LagChart } from './LagChart';
import { LatencyChart } from './LatencyChart';
import { OrdersPerDayChart } from './OrdersPerDayChart';
import { OutcomeCharts } from './OutcomeCharts';
import { StatisticsCharts } from './StatisticsCharts';
import { ordersPerDayRows, statisticsRows } from './statistics-rows';
import { ThroughputChart } from './ThroughputChart';
import { useChartSeriesView } from './useChartSeriesView';
import { useComponentNames } from './useComponentNames';

const tab = bottomTabs.find((candidate) => candidate.id === 'charts')!;

/**
 * The Charts tab (loaded lazily with recharts): order statistics (KPIs, orders by status,
 * revenue, orders per day) and operations (throughput, latency, lag, saga outcomes, DLQ and
 * stale reads). Redraws at most a few times a second; while time travelling, the order
 * statistics are those at the chosen position.
 */
export function ChartsPanel() {
  const live = useChartSeriesView();
  const travel = useEventfoldStore((state) => state.timeTravel.view);
  const names = useComponentNames();
  const scene = useMemo(() => chartScene(live, travel), [live, travel]);
  const rows = useMemo(() => statisticsRows(scene.statisticsSamples), [scene]);

  if (isEmptyScene(scene)) return <EmptyState title={tab.emptyTitle} hint={tab.emptyHint} />;
  return (
    <div className="charts">
      {scene.at && (
        <p className="charts__travel" role="note">
          At position {formatCount(scene.at.position)} (t = {formatSeconds(scene.at.time)}): the
          order statistics as they were then. Press Live to follow the run again.
        </p>
      )}
      <section className="charts__section" aria-label="Order statistics">
        <div className="charts__header">
          <h3 className="charts__heading">Order statistics</h3>
          <ChartDataButton />
        </div>
        <KpiCards
          kpis={scene.kpis}
          sagasCompensated={scene.operations.at(-1)?.sagasCompensated ?? 0}
        />
        <div className="charts__grid">
          <StatisticsCharts rows={rows} />
          <OrdersPerDayChart rows={ordersPerDayRows(scene.kpis)} />
        </div>
      </section>
      <section className="charts__section" aria-label="Operations">
        <h3 className="charts__heading">Operations</h3>
        <div className="charts__grid">
          <ThroughputChart points={scene.operations} names={names} />
          <LatencyChart points={scene.operations} names={names} />
          <LagChart points={scene.operations} names={names} />
          <OutcomeCharts points={scene.operations} />
        </div>
      </section>
    </div>
  );
}
