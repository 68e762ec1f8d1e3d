import type { StoredEvent } from '../../core/messages/event';
import {
  type OrderStatisticsModel,
  orderStatisticsProjection,
} from '../../core/projections/order-statistics-projection';
import { ProjectionManager } from '../../core/projections/projection-manager';
import { StatisticsSeries } from '../../sim/analysis/chart-series';
import type { OrderedLogSink } from '../log/log-follower';

/** Virtual ms between statistics samples: a run replayed in one batch still gets a history. */
export const statisticsSampleMs = 250;
/** Samples kept (about 17 virtual minutes at the sample spacing); older ones drop off. */
export const statisticsCapacity = 4_000;

/**
 * The order statistics read model of the Charts tab, run by the kernel's ProjectionManager as the
 * LogFollower feeds it (in position order) and sampled over virtual time into a bounded series.
 */
export class OrderStatisticsHistory implements OrderedLogSink {
  readonly series = new StatisticsSeries({
    capacity: statisticsCapacity,
    minIntervalMs: statisticsSampleMs,
  });
  private manager = new ProjectionManager();
  private projection = this.manager.register(orderStatisticsProjection);

  constructor(private readonly onChange: () => void) {}

  get model(): OrderStatisticsModel {
    return this.projection.model;
  }

  /** The last position applied. */
  get position(): number {
    return this.projection.checkpoint;
  }

  /** Forgets everything (a new run, or another log shown). */
  reset(): void {
    this.manager = new ProjectionManager();
    this.projection = this.manager.register(orderStatisticsProjection);
    this.series.clear();
    this.onChange();
  }

  apply(events: readonly StoredEvent[]): void {
    for (const event of events) this.applyOne(event);
    this.onChange();
  }

  private applyOne(event: StoredEvent): void {
    if (event.position <= this.position) return;
    if (event.position !== this.position + 1) {
      // A gap the follower could not fill (no stored log): carry on from here.
      this.projection.restore({
        name: orderStatisticsProjection.name,
        checkpoint: event.position - 1,
        model: this.projection.model,
      });
    }
    this.manager.apply(event);
    this.series.record(event.time, this.projection.model);
  }
}
