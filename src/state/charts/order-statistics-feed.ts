import type { StoredEvent } from '../../core/messages/event';
import { CheckpointedProjection } from '../../core/projections/checkpointed-projection';
import {
  type OrderStatisticsModel,
  orderStatisticsProjection,
} from '../../core/projections/order-statistics-projection';
import { StatisticsSeries } from '../../sim/analysis/chart-series';
import type { EventLogSource } from '../log/event-log-source';

/** Virtual ms between statistics samples: a run replayed in one batch still gets a history. */
export const statisticsSampleMs = 250;
/** Samples kept (about 17 virtual minutes at the sample spacing); older ones drop off. */
export const statisticsCapacity = 4_000;
/** Events per page when catching up from the stored log. */
const catchUpPage = 1_000;

/**
 * The order statistics read model kept on the UI thread from the live event stream, sampled
 * over virtual time into a bounded series. Events must arrive in position order; a gap (the
 * feed started late) is filled from the stored log when one is attached.
 */
export class OrderStatisticsFeed {
  readonly series = new StatisticsSeries({
    capacity: statisticsCapacity,
    minIntervalMs: statisticsSampleMs,
  });
  private projection = new CheckpointedProjection(orderStatisticsProjection);
  /** Bumped on reset, so a catch-up of an earlier run cannot write into this one. */
  private generation = 0;
  private catchingUp = false;
  private held: StoredEvent[] = [];

  constructor(private readonly onChange: () => void) {}

  get model(): OrderStatisticsModel {
    return this.projection.model;
  }

  /** The last position applied. */
  get position(): number {
    return this.projection.checkpoint;
  }

  /** Forgets everything (a new run). */
  reset(): void {
    this.generation += 1;
    this.projection = new CheckpointedProjection(orderStatisticsProjection);
    this.series.clear();
    this.catchingUp = false;
    this.held = [];
    this.onChange();
  }

  /**
   * Starts over from the whole of `logSource` (an imported log, or the run's own log put back
   * after one): read in pages up to its head; live events arriving meanwhile are held.
   */
  async replay(logSource: EventLogSource): Promise<void> {
    this.reset();
    const generation = this.generation;
    const head = await logSource.head();
    if (generation !== this.generation || this.catchingUp) return;
    await this.catchUp(logSource, head);
  }

  /** Applies a batch of new events (positions ascending), catching up first if it skips ahead. */
  add(events: readonly StoredEvent[], logSource: EventLogSource | null): void {
    if (this.catchingUp) {
      this.held.push(...events);
      return;
    }
    const first = events[0];
    if (!first) return;
    if (first.position > this.position + 1 && logSource) {
      this.held = [...events];
      void this.catchUp(logSource, first.position - 1);
      return;
    }
    this.applyAll(events);
  }

  private applyAll(events: readonly StoredEvent[]): void {
    for (const event of events) this.applyOne(event);
    this.onChange();
  }

  private applyOne(event: StoredEvent): void {
    if (event.position <= this.position) return;
    if (event.position !== this.position + 1) {
      // A gap nothing can fill (no stored log): carry on from here rather than stop charting.
      this.projection.restore({
        name: orderStatisticsProjection.name,
        checkpoint: event.position - 1,
        model: this.projection.model,
      });
    }
    this.projection.apply(event);
    this.series.record(event.time, this.projection.model);
  }

  /** Reads the missing positions from the stored log in pages, then applies what was held. */
  private async catchUp(logSource: EventLogSource, to: number): Promise<void> {
    const generation = this.generation;
    this.catchingUp = true;
    try {
      for (let next = this.position + 1; next <= to; ) {
        const page = await logSource.readAll(next, Math.min(catchUpPage, to - next + 1));
        const last = page.at(-1);
        if (generation !== this.generation || !last || last.position < next) break;
        for (const event of page) if (event.position <= to) this.applyOne(event);
        next = last.position + 1;
      }
    } catch {
      // The stored log could not be read: the held live events still move the model on.
    } finally {
      if (generation === this.generation) {
        this.catchingUp = false;
        const held = this.held;
        this.held = [];
        this.applyAll(held);
      }
    }
  }
}
