import {
  type OperationsPoint,
  type OrderKpis,
  orderKpis,
  type StatisticsSample,
  statisticsSample,
} from '../../sim/analysis/chart-series';
import type { ChartSeriesView } from '../../state/charts/chart-series-store';
import type { TimeTravelView } from '../../state/timetravel/time-travel-state';
import { samplesUntil } from './statistics-rows';

/** What the Charts tab draws: the live series, or the order statistics at a past position. */
export interface ChartScene {
  readonly kpis: OrderKpis;
  readonly statisticsSamples: readonly StatisticsSample[];
  readonly operations: readonly OperationsPoint[];
  /** Set while time travelling: the position and virtual time the views are cut at. */
  readonly at: { readonly position: number; readonly time: number } | null;
}

/** The scene for the live view, or cut at the time-travel view's position when there is one. */
export function chartScene(live: ChartSeriesView, travel: TimeTravelView | null): ChartScene {
  if (!travel) {
    return {
      kpis: live.kpis,
      statisticsSamples: live.statisticsSamples,
      operations: live.operations,
      at: null,
    };
  }
  const atTravel = statisticsSample(travel.time, travel.statistics);
  return {
    kpis: orderKpis(travel.statistics),
    statisticsSamples: samplesUntil(live.statisticsSamples, travel.time, atTravel),
    operations: live.operations.filter((point) => point.time <= travel.time),
    at: { position: travel.position, time: travel.time },
  };
}

/** True when there is nothing to draw yet (no events and no metrics sampled). */
export function isEmptyScene(scene: ChartScene): boolean {
  return (
    scene.at === null &&
    scene.kpis.totalOrders === 0 &&
    scene.statisticsSamples.length === 0 &&
    scene.operations.length === 0
  );
}
