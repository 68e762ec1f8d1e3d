import Dexie from 'dexie';
import type { StoredEvent } from '../../../src/core/messages/event';
import { addLog, readHead } from '../../../src/infra/db/event-batches';
import { EventfoldDb } from '../../../src/infra/db/schema';
import { Simulation } from '../../../src/sim/engine/simulation';
import { loadScenario } from '../../../src/sim/scenario/load-scenario';
import { repeatedLogRow } from '../repeated-log';

/** Events of the real run the large log repeats (ids and streams made unique per round). */
const BASE_EVENTS = 20_000;
const SEED_CHUNK = 10_000;
/** Events per batch record, as an import writes a log (storeImportedLog writes 5,000). */
const SEED_PER_RECORD = 1_000;

const open = new Map<string, EventfoldDb>();

/** The bench database `name`, opened once per page (the app keeps its connection open too). */
export async function benchDb(name: string): Promise<EventfoldDb> {
  let db = open.get(name);
  if (!db) {
    db = new EventfoldDb(name);
    await db.open();
    open.set(name, db);
  }
  return db;
}

/** Deletes `name` (closing our connection first) so the next benchDb starts empty. */
export async function dropBenchDb(name: string): Promise<void> {
  open.get(name)?.close();
  open.delete(name);
  await Dexie.delete(name);
}

/**
 * Fills a fresh database `name` with `count` events in the app's schema: the order-saga example
 * run to BASE_EVENTS events, repeated (repeated-log.ts), stored as batch records (EventBatchRow)
 * of SEED_PER_RECORD events. Events are made and written a chunk at a time (one transaction per
 * chunk), so a million never sit in memory together.
 */
export async function seedBenchLog(
  name: string,
  scenarioJson: unknown,
  count: number,
): Promise<{ ms: number; events: number; baseEvents: number }> {
  const loaded = loadScenario(scenarioJson);
  if (!loaded.ok) throw new Error(`order-saga example: ${loaded.errors.join('; ')}`);
  const sim = new Simulation(loaded.scenario);
  sim.runUntilEvents(BASE_EVENTS);
  const base: readonly StoredEvent[] = sim.events();
  await dropBenchDb(name);
  const db = await benchDb(name);
  const started = performance.now();
  for (let from = 0; from < count; from += SEED_CHUNK) {
    const events = Array.from({ length: Math.min(SEED_CHUNK, count - from) }, (_, offset) =>
      repeatedLogRow(base, from + offset),
    );
    await db.transaction('rw', db.eventBatches, () => addLog(db, events, SEED_PER_RECORD));
  }
  // Positions are gap-free from 1, so the head is the count.
  const events = await readHead(db);
  if (events !== count) throw new Error(`seeded ${events} of ${count} events`);
  return { ms: performance.now() - started, events, baseEvents: base.length };
}
