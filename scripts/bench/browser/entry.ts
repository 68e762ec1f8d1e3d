// Bundled (IIFE) into the benchmark page: each function runs one timed sample in the browser
// and returns the elapsed milliseconds. The Node side alternates them and takes medians.
import Dexie from 'dexie';
import type { EventEnvelope } from '../../../src/core/messages/event';
import { EventfoldDb } from '../../../src/infra/db/schema';
import { DexieEventStore } from '../../../src/infra/store/dexie-event-store';
import { benchEvent, rowsOf, type StreamWork, streamWorkload } from './workload';

export interface SampleResult {
  readonly ms: number;
  readonly events: number;
  readonly transactions?: number;
}

let runs = 0;
const nextRun = () => `r${++runs}`;

/** Times `body` against a fresh database, deleted afterwards (not timed). */
async function onFreshDb<T>(body: (name: string) => Promise<T>): Promise<T> {
  const name = `bench-${nextRun()}`;
  await Dexie.delete(name);
  try {
    return await body(name);
  } finally {
    await Dexie.delete(name);
  }
}

/** Our store: one concurrent writer per stream, each append checks its expected version. */
async function ourConcurrentAppends(total: number, streams: number): Promise<SampleResult> {
  const work = streamWorkload(nextRun(), total, streams, 10, 50);
  return onFreshDb(async (name) => {
    const store = await DexieEventStore.open({ name });
    let transactions = 0;
    store.onDurablePositionChange(() => {
      transactions += 1;
    });
    const start = performance.now();
    await Promise.all(work.map((stream) => writeStream(store, stream)));
    const ms = performance.now() - start;
    if (store.durablePosition !== total)
      throw new Error(`stored ${store.durablePosition}/${total}`);
    store.close();
    return { ms, events: total, transactions };
  });
}

async function writeStream(store: DexieEventStore, { streamId, batches }: StreamWork) {
  let version = 0;
  for (const batch of batches) {
    const result = await store.append(streamId, batch, { expectedVersion: version });
    version = result.nextExpectedVersion;
  }
}

/** Raw Dexie: the same rows, bulkAdd in transactions of `chunk` rows, same schema and indexes. */
async function rawBulkAdd(total: number, streams: number, chunk: number): Promise<SampleResult> {
  const rows = rowsOf(streamWorkload(nextRun(), total, streams, 10, 50));
  return onFreshDb(async (name) => {
    const db = new EventfoldDb(name);
    await db.open();
    const start = performance.now();
    for (let offset = 0; offset < rows.length; offset += chunk) {
      const slice = rows.slice(offset, offset + chunk);
      await db.transaction('rw', db.events, () => db.events.bulkAdd(slice));
    }
    const ms = performance.now() - start;
    db.close();
    return { ms, events: rows.length, transactions: Math.ceil(rows.length / chunk) };
  });
}

/** Our store, one stream, appends of `batch` events awaited one after another. */
async function ourSequentialAppends(total: number, batch: number): Promise<SampleResult> {
  const run = nextRun();
  const events: EventEnvelope[] = Array.from({ length: total }, (_, n) => benchEvent(run, n + 1));
  return onFreshDb(async (name) => {
    const store = await DexieEventStore.open({ name });
    const start = performance.now();
    let version = 0;
    for (let offset = 0; offset < total; offset += batch) {
      const slice = events.slice(offset, offset + batch);
      version = (await store.append('order-1', slice, { expectedVersion: version }))
        .nextExpectedVersion;
    }
    const ms = performance.now() - start;
    store.close();
    return { ms, events: total, transactions: Math.ceil(total / batch) };
  });
}

/** Whether this browser rolls an auto-increment key generator back when a transaction aborts. */
async function autoIncrementRollsBack(): Promise<boolean> {
  return onFreshDb(async (name) => {
    const db = new Dexie(name);
    db.version(1).stores({ probe: '++key' });
    await db.open();
    await db
      .transaction('rw', 'probe', async () => {
        await db.table('probe').add({ value: 'aborted' });
        throw new Error('abort on purpose');
      })
      .catch(() => {});
    const key = await db.table('probe').add({ value: 'kept' });
    db.close();
    return key === 1;
  });
}

const bench = {
  ourConcurrentAppends,
  rawBulkAdd,
  ourSequentialAppends,
  autoIncrementRollsBack,
  eventBytes: () => JSON.stringify(benchEvent('r0', 1)).length,
};

export type StoreBenchApi = typeof bench;
(globalThis as unknown as { storeBench: StoreBenchApi }).storeBench = bench;
