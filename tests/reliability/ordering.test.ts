import { describe, expect, it } from 'vitest';
import type { EventStore, ExpectedVersion } from '../../src/core/store/event-store';
import { InMemoryEventStore } from '../../src/core/store/in-memory-event-store';
import { seededRandom } from '../../src/sim/random/random';
import { checkLog, countByKind, type LogEntry } from './support/log-checker';
import { readBack } from './support/read-back';
import { envelope, openDexieStore, placeOf } from './support/store-fixtures';

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
 * Appends EVENTS events in seeded rounds: each round issues 1-16 appends in one tick (for Dexie
 * one group commit), each of 1-40 events to one of STREAMS streams, mostly with the exact
 * expected version the earlier appends leave (else 'any'). Records what each append reported.
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

async function checkStore(label: string, store: EventStore) {
  const started = performance.now();
  const tally = await writeSeededLog(store);
  const wroteMs = performance.now() - started;
  const read = await readBack(store);
  const anomalies = checkLog({ acknowledged: tally.acknowledged, ...read });
  console.log(
    `[ordering seed=${SEED}] ${label}: ${tally.acknowledged.length} events acknowledged in ${tally.appends} appends over ${tally.rounds} rounds (${Math.round(wroteMs)} ms), ${tally.failures.length} failed appends; read back ${read.all.length} events in ${read.streams.size} streams (${Math.round(performance.now() - started - wroteMs)} ms); anomalies ${JSON.stringify(countByKind(anomalies))}`,
  );
  expect(tally.failures).toEqual([]);
  expect(tally.acknowledged).toHaveLength(EVENTS);
  expect(read.all).toHaveLength(EVENTS);
  expect(read.streams.size).toBeGreaterThan(STREAMS * 0.95);
  expect(anomalies.slice(0, 10)).toEqual([]);
}

describe(`given ${EVENTS} events over ${STREAMS} streams in seeded batches (seed ${SEED})`, () => {
  it('when they are group-committed to the Dexie store and read back with readAll and readStream, then the checker finds no anomaly', async () => {
    const fixture = await openDexieStore('ordering');
    try {
      await checkStore('dexie', fixture.store);
    } finally {
      await fixture.dispose();
    }
  }, 240_000);

  it('when they are appended to the in-memory store, then the checker finds no anomaly', async () => {
    await checkStore('in-memory', new InMemoryEventStore());
  });
});
