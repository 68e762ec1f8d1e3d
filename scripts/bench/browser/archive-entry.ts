// Bundled (IIFE) into the archive benchmark page as `globalThis.archiveBench`: the order-saga
// example's log, written into IndexedDB by the app's event archive (a record per batch) and by
// the row-per-event form the log had before issue #14 (defined here: that code is gone). Each
// write function runs one timed sample on a fresh database; the Node side alternates them and
// reads the browser's CPU time around each call.
import Dexie from 'dexie';
import type { StoredEvent } from '../../../src/core/messages/event';
import { DexieEventArchive } from '../../../src/infra/workspace/dexie-event-archive';
import { Simulation } from '../../../src/sim/engine/simulation';
import { loadScenario } from '../../../src/sim/scenario/load-scenario';

/** The `events` table of EventfoldDb version 1: a row per event, primary key and five indexes. */
export const ROW_PER_EVENT_SCHEMA =
  'position, &id, &[streamId+streamVersion], type, correlationId, time';

export interface WriteSample {
  readonly ms: number;
  readonly events: number;
  /** IndexedDB records written (batch records, or rows). */
  readonly records: number;
  readonly transactions: number;
}

/** The log both sides write, made once per page (untimed). */
let log: readonly StoredEvent[] = [];

/** Runs the order-saga example until its log holds `count` events and keeps exactly those. */
function prepareLog(
  scenarioJson: unknown,
  count: number,
): { events: number; jsonBytesPerEvent: number } {
  const loaded = loadScenario(scenarioJson);
  if (!loaded.ok) throw new Error(`order-saga example: ${loaded.errors.join('; ')}`);
  const sim = new Simulation(loaded.scenario);
  sim.runUntilEvents(count);
  log = sim.events().slice(0, count);
  if (log.length !== count)
    throw new Error(`the example produced ${log.length} of ${count} events`);
  const sample = log.slice(0, 1_000);
  return {
    events: log.length,
    jsonBytesPerEvent: Math.round(JSON.stringify(sample).length / sample.length),
  };
}

function eventsOf(count: number): readonly StoredEvent[] {
  if (count > log.length) throw new Error(`prepareLog made ${log.length} events, ${count} asked`);
  return count === log.length ? log : log.slice(0, count);
}

/**
 * The new form, through the app's DexieEventArchive: the first `count` events appended in
 * batches of `batch`, as the engine's snapshots hand them to it. `paced`: each batch is written
 * (one record, one transaction that checks it continues the stored head) before the next is
 * appended, as at a live speed; otherwise all are appended at once, as when the engine runs
 * ahead, and the archive writes its backlog in records of up to its 2,000-event maximum.
 * Timed until everything is durable.
 */
async function archiveWrites(
  name: string,
  count: number,
  batch: number,
  paced: boolean,
): Promise<WriteSample> {
  const events = eventsOf(count);
  await Dexie.delete(name);
  const archive = await DexieEventArchive.open({ name });
  let transactions = 0;
  archive.onDurablePositionChange(() => {
    transactions += 1;
  });
  const start = performance.now();
  for (let from = 0; from < events.length; from += batch) {
    archive.append(events.slice(from, from + batch));
    if (paced) await archive.whenIdle();
  }
  await archive.whenIdle();
  const ms = performance.now() - start;
  if (archive.durablePosition !== events.length) {
    throw new Error(`archive: ${archive.durablePosition} of ${events.length} events durable`);
  }
  const records = await archive.db.eventBatches.count();
  archive.close();
  return { ms, events: events.length, records, transactions };
}

/**
 * The old form: a raw Dexie table with version 1's schema (a row per event, five indexes), the
 * same events bulkAdd'ed in transactions of `batch` rows, awaited one after another. This is the
 * least the old form did per write (DexieEventStore also checked versions before its bulkAdd).
 */
async function rowPerEventWrites(name: string, count: number, batch: number): Promise<WriteSample> {
  const events = eventsOf(count);
  await Dexie.delete(name);
  const db = new Dexie(name);
  db.version(1).stores({ events: ROW_PER_EVENT_SCHEMA });
  await db.open();
  const table = db.table<StoredEvent, number>('events');
  let transactions = 0;
  const start = performance.now();
  for (let from = 0; from < events.length; from += batch) {
    const rows = events.slice(from, from + batch);
    await db.transaction('rw', table, () => table.bulkAdd(rows));
    transactions += 1;
  }
  const ms = performance.now() - start;
  const records = await table.count();
  if (records !== events.length)
    throw new Error(`row per event: ${records} of ${events.length} rows`);
  db.close();
  return { ms, events: events.length, records, transactions };
}

/** Deletes a sample's database (untimed, outside the CPU window). */
async function dropDb(name: string): Promise<void> {
  await Dexie.delete(name);
}

const archiveBench = { prepareLog, archiveWrites, rowPerEventWrites, dropDb };

export type ArchiveBenchApi = typeof archiveBench;
(globalThis as unknown as { archiveBench: ArchiveBenchApi }).archiveBench = archiveBench;
