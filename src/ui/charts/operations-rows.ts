import {
  downsampleLast,
  downsampleMinMax,
  type OperationsPoint,
} from '../../sim/analysis/chart-series';
import { maxChartPoints } from './statistics-rows';

/** A row keyed by series name; `time` is virtual seconds. */
export type ChartRow = { time: number } & Record<string, number | null>;

/** The value the latency chart follows: one component, or the slowest at each point. */
export type LatencyFocus = string | 'slowest';

const byTotalThroughput = (point: OperationsPoint) =>
  point.components.reduce((sum, component) => sum + (component.throughput ?? 0), 0);

/** Most lines the throughput chart draws: more would leave no room for the plot. */
export const maxThroughputLines = 6;

/**
 * The busiest components in the window (by handled messages per second, summed over its
 * points), at most `limit`, busiest first: the throughput chart's lines.
 */
export function busyComponents(
  points: readonly OperationsPoint[],
  limit = maxThroughputLines,
): string[] {
  const totals = new Map<string, number>();
  for (const point of points) {
    for (const component of point.components) {
      const rate = component.throughput ?? 0;
      if (rate > 0) totals.set(component.id, (totals.get(component.id) ?? 0) + rate);
    }
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([id]) => id);
}

/** Messages handled per virtual second, one key per component id. */
export function throughputRows(points: readonly OperationsPoint[]): ChartRow[] {
  return downsampleMinMax(points, maxChartPoints, byTotalThroughput).map((point) => {
    const row: ChartRow = { time: point.time / 1000 };
    for (const component of point.components) row[component.id] = component.throughput;
    return row;
  });
}

/** Handler latency p50/p95 (virtual ms) of one component, or of the slowest one at each point. */
export function latencyRows(points: readonly OperationsPoint[], focus: LatencyFocus): ChartRow[] {
  const rows = points.map((point) => {
    const chosen =
      focus === 'slowest'
        ? point.components
        : point.components.filter((component) => component.id === focus);
    let p50 = 0;
    let p95 = 0;
    for (const component of chosen) {
      p50 = Math.max(p50, component.p50);
      p95 = Math.max(p95, component.p95);
    }
    return { time: point.time / 1000, p50, p95 };
  });
  return downsampleMinMax(rows, maxChartPoints, (row) => row.p95);
}

/** The lag chart's key of one bus subscriber's series (beside the bus total, `consumerLag`). */
export const subscriberLagKey = (subscriberId: string) => `lag:${subscriberId}`;

/** The bus subscribers with a lag in the window, in the order they first appear. */
export function lagSubscribers(points: readonly OperationsPoint[]): string[] {
  const ids = new Set<string>();
  for (const point of points) for (const id of Object.keys(point.subscriberLag ?? {})) ids.add(id);
  return [...ids];
}

/**
 * Consumer lag (bus messages, in total and per subscriber under `subscriberLagKey`), projection
 * lag (positions) and projection lag (virtual ms).
 */
export function lagRows(points: readonly OperationsPoint[]): ChartRow[] {
  const subscribers = lagSubscribers(points);
  return downsampleMinMax(points, maxChartPoints, (point) => point.consumerLag).map((point) => {
    const row: ChartRow = {
      time: point.time / 1000,
      consumerLag: point.consumerLag,
      projectionLagPositions: point.projectionLagPositions,
      projectionLagMs: point.projectionLagMs,
    };
    for (const id of subscribers) row[subscriberLagKey(id)] = point.subscriberLag?.[id] ?? null;
    return row;
  });
}

/** Running totals and levels (saga outcomes, dead letters held, stale reads): bucket ends. */
export function outcomeRows(points: readonly OperationsPoint[]): ChartRow[] {
  return downsampleLast(points, maxChartPoints).map((point) => ({
    time: point.time / 1000,
    completed: point.sagasCompleted,
    compensated: point.sagasCompensated,
    stuck: point.sagasStuck,
    deadLetters: point.deadLetters,
    staleReads: point.staleReads,
  }));
}
