import type { StoredEvent } from '../../core/messages/event';
import { CheckpointedProjection } from '../../core/projections/checkpointed-projection';
import {
  type OrderListModel,
  type OrderView,
  orderListProjection,
} from '../../core/projections/order-list-projection';
import { getOrder } from '../../core/projections/order-list-queries';
import {
  type OrderStatisticsModel,
  orderStatisticsProjection,
} from '../../core/projections/order-statistics-projection';
import type { ProjectionSnapshot } from '../../core/projections/projection';
import { requireInteger } from './analysis-errors';
import { SerialQueue } from './serial-queue';

/** Reads the log by position, as the EventStore port's `readAll` does. */
export type ReadAll = (fromPosition: number, limit: number) => Promise<readonly StoredEvent[]>;

export interface TimeTravelOptions {
  /** Positions between snapshots: a jump replays at most this many events. */
  readonly snapshotEvery?: number;
  /** Snapshots kept; beyond it every other one is dropped, doubling the spacing (memory bound). */
  readonly maxSnapshots?: number;
  /** Events per `readAll` call. */
  readonly pageSize?: number;
}

/** The read models as they were right after the event at `position` (0 = before the first). */
export interface TimeTravelView {
  readonly position: number;
  readonly orderList: OrderListModel;
  readonly statistics: OrderStatisticsModel;
  /** The selected order as the order list showed it then; null if not placed yet (or none asked). */
  readonly order: OrderView | null;
}

export interface TimeTravel {
  /** Position up to which snapshots are built. */
  readonly indexedPosition: number;
  /** Positions of the snapshots held, ascending. */
  readonly snapshotPositions: readonly number[];
  /** Folds the log up to `head` (or its end), taking a snapshot every `snapshotEvery` positions. */
  indexUpTo(head: number): Promise<number>;
  /** The read models at `position`, replayed from the nearest snapshot at or before it. */
  at(position: number, orderId?: string): Promise<TimeTravelView>;
}

interface Snapshot {
  readonly position: number;
  readonly orderList: ProjectionSnapshot<OrderListModel>;
  readonly statistics: ProjectionSnapshot<OrderStatisticsModel>;
}

/** Builds the projections and a selected order at any past position of a growing log. */
export function createTimeTravel(readAll: ReadAll, options: TimeTravelOptions = {}): TimeTravel {
  return new SnapshotTimeTravel(readAll, options);
}

class SnapshotTimeTravel implements TimeTravel {
  private readonly orderList = new CheckpointedProjection(orderListProjection);
  private readonly statistics = new CheckpointedProjection(orderStatisticsProjection);
  private readonly snapshots: Snapshot[] = [];
  private spacing: number;
  private readonly maxSnapshots: number;
  private readonly pageSize: number;
  // Indexing and jumps both read pages asynchronously: one at a time keeps positions in order.
  private readonly queue = new SerialQueue();

  constructor(
    private readonly readAll: ReadAll,
    options: TimeTravelOptions,
  ) {
    this.spacing = requireInteger('snapshotEvery', options.snapshotEvery ?? 10_000, 1);
    this.maxSnapshots = requireInteger('maxSnapshots', options.maxSnapshots ?? 64, 2);
    this.pageSize = requireInteger('pageSize', options.pageSize ?? 1_000, 1);
  }

  get indexedPosition(): number {
    return this.orderList.checkpoint;
  }

  get snapshotPositions(): readonly number[] {
    return this.snapshots.map((snapshot) => snapshot.position);
  }

  indexUpTo(head: number): Promise<number> {
    return this.queue.run(() => this.index(head));
  }

  at(position: number, orderId?: string): Promise<TimeTravelView> {
    return this.queue.run(async () => {
      const wanted = Math.max(0, Math.floor(position));
      if (wanted > this.indexedPosition) await this.index(wanted);
      const target = Math.min(wanted, this.indexedPosition);
      const orderList = new CheckpointedProjection(orderListProjection);
      const statistics = new CheckpointedProjection(orderStatisticsProjection);
      const base = this.nearest(target);
      if (base) {
        orderList.restore(base.orderList);
        statistics.restore(base.statistics);
      }
      await this.replay(orderList.checkpoint + 1, target, (event) => {
        orderList.apply(event);
        statistics.apply(event);
      });
      return {
        position: target,
        orderList: orderList.model,
        statistics: statistics.model,
        order: orderId === undefined ? null : getOrder(orderList.model, orderId),
      };
    });
  }

  private async index(head: number): Promise<number> {
    await this.replay(this.indexedPosition + 1, head, (event) => {
      this.orderList.apply(event);
      this.statistics.apply(event);
      if (event.position % this.spacing === 0) this.takeSnapshot();
    });
    return this.indexedPosition;
  }

  /** Reads positions `from`..`to` in pages and hands each event on; stops early at the log's end. */
  private async replay(from: number, to: number, apply: (event: StoredEvent) => void) {
    for (let next = from; next <= to; ) {
      const page = await this.readAll(next, Math.min(this.pageSize, to - next + 1));
      for (const event of page) {
        if (event.position > to) return;
        apply(event);
      }
      const last = page.at(-1);
      // An empty page is the log's end; a page that does not advance would loop forever.
      if (!last || last.position < next) return;
      next = last.position + 1;
    }
  }

  private takeSnapshot(): void {
    this.snapshots.push({
      position: this.orderList.checkpoint,
      orderList: this.orderList.snapshot(),
      statistics: this.statistics.snapshot(),
    });
    if (this.snapshots.length <= this.maxSnapshots) return;
    // Keep the snapshots at multiples of the doubled spacing: still evenly spread.
    this.spacing *= 2;
    const kept = this.snapshots.filter((snapshot) => snapshot.position % this.spacing === 0);
    this.snapshots.splice(0, this.snapshots.length, ...kept);
  }

  /** The last snapshot at or before `position` (binary search: they are in position order). */
  private nearest(position: number): Snapshot | undefined {
    let low = 0;
    let high = this.snapshots.length - 1;
    let found: Snapshot | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const snapshot = this.snapshots[middle] as Snapshot;
      if (snapshot.position <= position) {
        found = snapshot;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }
}
