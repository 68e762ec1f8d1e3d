import {
  type MetricsSample,
  type OperationsPoint,
  OperationsSeries,
  type OrderKpis,
  orderKpis,
  type StatisticsSample,
} from '../../sim/analysis/chart-series';
import type { MetricsById } from '../live/live-metrics';
import type { Observed } from '../log/observed';
import { OrderStatisticsHistory } from './order-statistics-history';
import { pageClock, Throttle, type ThrottleClock } from './throttle';

/** Wall ms between chart updates and operations samples: 4 per second at most. */
export const chartUpdateMs = 250;
/** Operations points kept: 10 minutes of wall time at 4 samples a second. */
export const operationsCapacity = 2_400;

/** What the charts draw: read it after a change notice; the arrays are fresh copies. */
export interface ChartSeriesView {
  readonly runId: number | null;
  /** The order KPIs now (a copy taken at the change notice). */
  readonly kpis: OrderKpis;
  /** The position the statistics reflect. */
  readonly statisticsPosition: number;
  readonly statisticsSamples: readonly StatisticsSample[];
  readonly operations: readonly OperationsPoint[];
}

/**
 * The history behind the Charts tab, kept outside React and fed from app-level subscriptions
 * (the LogFollower feeds `statistics`, the live metrics feed the operations) even while the tab
 * is closed, so switching tabs loses nothing. Listeners hear of changes at most every
 * `chartUpdateMs`, so charts redraw a few times a second.
 */
export class ChartSeriesStore implements Observed<ChartSeriesView> {
  /** The order statistics, a sink of the LogFollower. */
  readonly statistics: OrderStatisticsHistory;
  private readonly operations = new OperationsSeries({ maxPoints: operationsCapacity });
  private readonly notifier: Throttle;
  private readonly sampler: Throttle;
  private readonly listeners = new Set<() => void>();
  private runId: number | null = null;
  private latestMetrics: { time: number; metrics: MetricsById } | null = null;
  private versionNumber = 0;
  private cached: ChartSeriesView | null = null;

  constructor(clock: ThrottleClock = pageClock) {
    this.notifier = new Throttle(chartUpdateMs, () => this.notify(), clock);
    this.sampler = new Throttle(chartUpdateMs, () => this.sampleOperations(), clock);
    this.statistics = new OrderStatisticsHistory(() => this.changed());
  }

  /** Starts the operations over when `runId` is not the run they hold (a load or a reset). */
  ensureRun(runId: number): void {
    if (runId === this.runId) return;
    this.runId = runId;
    this.clearOperations();
  }

  /** Forgets the operations series (a new run, another log shown, a new engine). */
  clearOperations(): void {
    this.sampler.cancel();
    this.latestMetrics = null;
    this.operations.clear();
    this.changed();
  }

  /**
   * A restored run's operations history, the metrics its replay passed through (the engine's
   * `metricsHistory`): a reloaded page draws the run's throughput, latency and lag as the live
   * page did, not from one point. The live metrics go on from there.
   */
  recordHistory(runId: number, samples: readonly MetricsSample[]): void {
    this.ensureRun(runId);
    for (const sample of samples) this.operations.record(sample);
    this.changed();
  }

  /** The newest live metrics; sampled into the operations series at most every chartUpdateMs. */
  observeMetrics(time: number, metrics: MetricsById): void {
    const latest = this.latestMetrics;
    if (latest && latest.time === time && latest.metrics === metrics) return;
    this.latestMetrics = { time, metrics };
    this.sampler.request();
  }

  /** Changes so far; moves at most every chartUpdateMs (for useSyncExternalStore). */
  get version(): number {
    return this.versionNumber;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The series as of the last change notice (the same object until the next one). */
  get snapshot(): ChartSeriesView {
    this.cached ??= {
      runId: this.runId,
      kpis: orderKpis(this.statistics.model),
      statisticsPosition: this.statistics.position,
      statisticsSamples: this.statistics.series.samples(),
      operations: this.operations.points(),
    };
    return this.cached;
  }

  private sampleOperations(): void {
    const latest = this.latestMetrics;
    if (!latest) return;
    const components = Object.values(latest.metrics);
    if (this.operations.record({ time: latest.time, components })) this.changed();
  }

  private changed(): void {
    this.notifier.request();
  }

  private notify(): void {
    this.versionNumber += 1;
    this.cached = null;
    for (const listener of [...this.listeners]) listener();
  }
}
