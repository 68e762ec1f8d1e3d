import type { StoredEvent } from '../../../src/core/messages/event';
import { orderListProjection } from '../../../src/core/projections/order-list-projection';
import { orderStatisticsProjection } from '../../../src/core/projections/order-statistics-projection';
import type { Projection } from '../../../src/core/projections/projection';
import { ProjectionManager } from '../../../src/core/projections/projection-manager';
import type { EventStore } from '../../../src/core/store/event-store';
import { readEvents } from '../../../src/infra/db/event-batches';
import { benchDb } from './bench-log-db';

export interface FoldSample {
  readonly ms: number;
  readonly events: number;
  /** The models' JSON length and order count: both sides must build the same read models. */
  readonly checksum: string;
}

const projections = [orderListProjection, orderStatisticsProjection] as Projection<unknown>[];

function checksum(models: readonly unknown[]): string {
  const orders = Object.keys((models[0] as { orders: object }).orders).length;
  return `${orders} orders, ${JSON.stringify(models).length} chars`;
}

/**
 * The stored log as the one port method `rebuild` calls (`readAll`), over the batch records'
 * `readEvents` (a key range of records per page). The rest of EventStore is never reached.
 */
function logReader(dbName: string): EventStore {
  const reader: Pick<EventStore, 'readAll'> = {
    readAll: async (fromPosition = 1, limit = Number.MAX_SAFE_INTEGER) =>
      readEvents(await benchDb(dbName), fromPosition, limit),
  };
  return reader as EventStore;
}

/**
 * Ours: a fresh ProjectionManager with both order projections, `rebuild` over the stored log
 * through `readEvents` pages (the manager's default size unless `pageSize`), each event passing
 * the checkpoint guard. The database is opened once, untimed (the app keeps it open).
 */
export async function rebuildThroughManager(
  dbName: string,
  pageSize?: number,
): Promise<FoldSample> {
  await benchDb(dbName);
  const manager = new ProjectionManager();
  const views = projections.map((projection) => manager.register(projection));
  const started = performance.now();
  const events = await manager.rebuild(
    logReader(dbName),
    pageSize === undefined ? {} : { pageSize },
  );
  const ms = performance.now() - started;
  return { ms, events, checksum: checksum(views.map((view) => view.model)) };
}

/** Baseline: one raw Dexie read of every batch record (`toArray`), then a plain fold of both projections. */
export async function rawReadAndFold(dbName: string): Promise<FoldSample> {
  const db = await benchDb(dbName);
  const started = performance.now();
  const records = await db.eventBatches.toArray();
  const models = projections.map((projection) => projection.initial());
  let events = 0;
  for (const record of records) {
    for (const event of record.events as StoredEvent[]) {
      events += 1;
      for (let index = 0; index < projections.length; index++) {
        const projection = projections[index]!;
        if (projection.canHandle(event.type)) {
          models[index] = projection.evolve(models[index], event);
        }
      }
    }
  }
  const ms = performance.now() - started;
  return { ms, events, checksum: checksum(models) };
}
