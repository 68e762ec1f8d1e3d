import { describe, expect, it } from 'vitest';
import type { EventStore, ExpectedVersion } from '../../src/core/store/event-store';
import { InMemoryEventStore } from '../../src/core/store/in-memory-event-store';
import { readEvents, readStreamEvents } from '../../src/infra/db/event-batches';
import type { EventfoldDb } from '../../src/infra/db/schema';
import { seededRandom } from '../../src/sim/random/random';
import { checkLog, countByKind, type LogEntry } from './support/log-checker';
import { readBack } from './support/read-back';
import { envelope, openLogConnection, placeOf } from './support/store-fixtures';

const SEED = 20_260_709;
const EVENTS = 100_000;
const STREAMS = 1_000;

interface WriteTally {
  appends: number;
  rounds: number;
  failures: string[];
  acknowledged: LogEntry[];
}

/**
 * Appends EVENTS events in seeded rounds: each round issues 1-16 appends in one tick, each of
 * 1-40 events to one of STREAMS streams, mostly with the exact expected version the earlier
 * appends leave (else 'any'). Records what each append reported.
 */
async function writeSeededLog(store: EventStore): Promise<WriteTally> {
  const random = seededRandom(SEED);
  const versions = new Map<string, number>();
  const tally: WriteTally = { appends: 0, rounds: 0, failures: [], acknowledged: [] };
  let next = 0;
  while (next < EVENTS) {
    const round: Array<Promise<unknown>> = [];
    for (let count = random.int(1, 16); count > 0 && next < EVENTS; count -= 1) {
      const streamId = `stream-${random.int(1, STREAMS)}`;
      const size = Math.min(random.int(1, 40), EVENTS - next);
      const version = versions.get(streamId) ?? 0;
      const expectedVersion: ExpectedVersion = random.chance(0.2) ? 'any' : version;
      const batch = Array.from({ length: size }, (_, index) =>
        envelope(`e${next + index}`, { n: next + index }),
      );
      next += size;
      versions.set(streamId, version + size);
      round.push(
        store.append(streamId, batch, { expectedVersion }).then(
          (result) => tally.acknowledged.push(...result.appended.map(placeOf)),
          (error: unknown) => tally.failures.push(`${streamId}: ${String(error)}`),
        ),
      );
      tally.appends += 1;
    }
    await Promise.all(round);
    tally.rounds += 1;
  }
  return tally;
}

/** Reports the history to the console and fails on any anomaly the checker finds. */
function expectSoundLog(
  label: string,
  acknowledged: readonly LogEntry[],
  read: { all: LogEntry[]; streams: Map<string, LogEntry[]> },
  detail: string,
) {
  const anomalies = checkLog({ acknowledged, ...read });
  console.log(
    `[ordering seed=${SEED}] ${label}: ${acknowledged.length} events acknowledged ${detail}; read back ${read.all.length} events in ${read.streams.size} streams; anomalies ${JSON.stringify(countByKind(anomalies))}`,
  );
  expect(acknowledged).toHaveLength(EVENTS);
  expect(read.all).toHaveLength(EVENTS);
  expect(read.streams.size).toBeGreaterThan(STREAMS * 0.95);
  expect(anomalies.slice(0, 10)).toEqual([]);
}

/** The whole log through readEvents (paged), and every stream in it through readStreamEvents. */
async function readBackBatches(db: EventfoldDb, pageSize = 5_000) {
  const all: LogEntry[] = [];
  for (let from = 1; ; from += pageSize) {
    const page = await readEvents(db, from, pageSize);
    all.push(...page.map(placeOf));
    if (page.length < pageSize) break;
  }
  const streams = new Map<string, LogEntry[]>();
  for (const streamId of new Set(all.map((entry) => entry.streamId))) {
    streams.set(streamId, (await readStreamEvents(db, streamId)).map(placeOf));
  }
  return { all, streams };
}

describe(`given ${EVENTS} events over ${STREAMS} streams in seeded batches (seed ${SEED})`, () => {
  it('when they are appended to the in-memory store, then the checker finds no anomaly', async () => {
    const store = new InMemoryEventStore();
    const tally = await writeSeededLog(store);
    expect(tally.failures).toEqual([]);
    const detail = `in ${tally.appends} appends over ${tally.rounds} rounds`;
    expectSoundLog('in-memory', tally.acknowledged, await readBack(store), detail);
  });

  it('when the log is stored as seeded batch records and read back with readEvents and readStreamEvents, then the checker finds no anomaly', async () => {
    // The in-memory store plays the engine: it places the events; the batch log only keeps them.
    const engine = new InMemoryEventStore();
    await writeSeededLog(engine);
    const log = await engine.readAll(1, EVENTS);
    const fixture = await openLogConnection('ordering');
    try {
      const random = seededRandom(SEED + 1);
      const acknowledged: LogEntry[] = [];
      let batches = 0;
      const started = performance.now();
      for (let from = 0; from < log.length; batches += 1) {
        // Up to 200 events a record, each holding a few streams' appends (as a live run's do).
        const batch = log.slice(from, from + random.int(1, 200));
        await fixture.connection.append(batch);
        acknowledged.push(...batch.map(placeOf));
        from += batch.length;
      }
      const wroteMs = Math.round(performance.now() - started);
      const read = await readBackBatches(fixture.db);
      expectSoundLog('batch records', acknowledged, read, `in ${batches} records (${wroteMs} ms)`);
    } finally {
      await fixture.dispose();
    }
  }, 240_000);
});
