import type { OrderStatus } from '../../core/order/order-state';
import type { OrderStatisticsModel } from '../../core/projections/order-statistics-projection';
import { orderStatistics } from '../../core/projections/order-statistics-queries';
import { requireInteger } from './analysis-errors';
import { downsampleLast } from './downsample';
import { RingBuffer } from './ring-buffer';

/** The order statistics at one virtual time: one point of "orders by status" and "revenue". */
export interface StatisticsSample {
  readonly time: number;
  readonly countsByStatus: Readonly<Record<OrderStatus, number>>;
  readonly totalOrders: number;
  /** Totals of orders not cancelled (minor units), as the statistics queries define it. */
  readonly revenue: number;
}

export interface StatisticsSeriesOptions {
  /** Samples kept; the oldest go first. */
  readonly capacity?: number;
  /** Samples closer than this (virtual ms) to the previous one are skipped. */
  readonly minIntervalMs?: number;
}

/**
 * The order statistics read model sampled over virtual time, in a bounded ring. Sampling is the
 * caller's choice (every snapshot the UI receives, say); the series keeps it cheap: a sample is
 * a few numbers, never the model's per-order map.
 */
export class StatisticsSeries {
  private readonly ring: RingBuffer<StatisticsSample>;
  private readonly minIntervalMs: number;

  constructor(options: StatisticsSeriesOptions = {}) {
    this.ring = new RingBuffer(requireInteger('capacity', options.capacity ?? 2_000, 2));
    this.minIntervalMs = Math.max(0, options.minIntervalMs ?? 0);
  }

  get length(): number {
    return this.ring.length;
  }

  /**
   * Samples the model at `time`. Returns false when skipped (too close to the previous sample).
   * A time before the previous sample means the run was reset: the series starts over.
   */
  record(time: number, model: OrderStatisticsModel): boolean {
    const previous = this.ring.last();
    if (previous && time < previous.time) this.ring.clear();
    else if (previous && time - previous.time < this.minIntervalMs) return false;
    this.ring.push(statisticsSample(time, model));
    return true;
  }

  /** Every sample held, oldest first. */
  samples(): StatisticsSample[] {
    return this.ring.toArray();
  }

  /** At most `maxPoints` samples for a chart (see downsampleLast: levels keep their bucket's end). */
  points(maxPoints: number): StatisticsSample[] {
    return downsampleLast(this.ring.toArray(), maxPoints);
  }

  clear(): void {
    this.ring.clear();
  }
}

/** One sample of the statistics model, detached from it. */
export function statisticsSample(time: number, model: OrderStatisticsModel): StatisticsSample {
  const statistics = orderStatistics(model);
  return {
    time,
    countsByStatus: statistics.byStatus,
    totalOrders: statistics.totalOrders,
    revenue: statistics.revenue,
  };
}
