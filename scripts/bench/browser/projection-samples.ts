import type { StoredEvent } from '../../../src/core/messages/event';
import { orderListProjection } from '../../../src/core/projections/order-list-projection';
import { orderStatisticsProjection } from '../../../src/core/projections/order-statistics-projection';
import type { Projection } from '../../../src/core/projections/projection';
import { ProjectionManager } from '../../../src/core/projections/projection-manager';
import { DexieEventStore } from '../../../src/infra/store/dexie-event-store';
import { benchDb } from './bench-log-db';

export interface FoldSample {
  readonly ms: number;
  readonly events: number;
  /** The models' JSON length and order count: both sides must build the same read models. */
  readonly checksum: string;
}

const projections = [orderListProjection, orderStatisticsProjection] as Projection<unknown>[];
const stores = new Map<string, DexieEventStore>();

function checksum(models: readonly unknown[]): string {
  const orders = Object.keys((models[0] as { orders: object }).orders).length;
  return `${orders} orders, ${JSON.stringify(models).length} chars`;
}

/**
 * Ours: a fresh ProjectionManager with both order projections, `rebuild` over the stored log
 * through DexieEventStore.readAll pages (the manager's default size unless `pageSize`), each event passing
 * the checkpoint guard. The store is opened once, untimed (the app keeps it open).
 */
export async function rebuildThroughManager(
  dbName: string,
  pageSize?: number,
): Promise<FoldSample> {
  let store = stores.get(dbName);
  if (!store) {
    store = await DexieEventStore.open({ name: dbName });
    stores.set(dbName, store);
  }
  const manager = new ProjectionManager();
  const views = projections.map((projection) => manager.register(projection));
  const started = performance.now();
  const events = await manager.rebuild(store, pageSize === undefined ? {} : { pageSize });
  const ms = performance.now() - started;
  return { ms, events, checksum: checksum(views.map((view) => view.model)) };
}

/** Baseline: one raw Dexie read of every row (`toArray`), then a plain fold of both projections. */
export async function rawReadAndFold(dbName: string): Promise<FoldSample> {
  const db = await benchDb(dbName);
  const started = performance.now();
  const rows: StoredEvent[] = await db.events.toArray();
  const models = projections.map((projection) => projection.initial());
  for (const event of rows) {
    for (let index = 0; index < projections.length; index++) {
      const projection = projections[index]!;
      if (projection.canHandle(event.type)) {
        models[index] = projection.evolve(models[index], event);
      }
    }
  }
  const ms = performance.now() - started;
  return { ms, events: rows.length, checksum: checksum(models) };
}
