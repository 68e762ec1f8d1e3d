import { describe, expect, it } from 'vitest';
import { ConcurrencyError } from '../../src/core/errors/errors';
import type { EventStore, ExpectedVersion } from '../../src/core/store/event-store';
import { InMemoryEventStore } from '../../src/core/store/in-memory-event-store';
import { type Random, seededRandom } from '../../src/sim/random/random';
import { checkLog, countByKind, type LogEntry } from './support/log-checker';
import { readBack } from './support/read-back';
import { envelopes, placeOf } from './support/store-fixtures';

const SEED = 20_260_707;
const PAIRS = 1_000;
const STREAMS = 100;

/** What the racing rounds counted. */
interface RaceTally {
  pairs: number;
  won: number;
  concurrencyErrors: number;
  otherOutcomes: string[];
  crossConnection: number;
  acknowledged: LogEntry[];
}

/**
 * PAIRS rounds, one after another: two writers append to one seeded stream with the same
 * expected version (its true version), issued in the same tick. With two connections, each
 * round picks (seeded) whether the writers share one or use one each.
 */
async function raceRounds(writers: readonly EventStore[], random: Random): Promise<RaceTally> {
  const versions = new Map<string, number>();
  const tally: RaceTally = {
    pairs: 0,
    won: 0,
    concurrencyErrors: 0,
    otherOutcomes: [],
    crossConnection: 0,
    acknowledged: [],
  };
  for (let pair = 0; pair < PAIRS; pair += 1) {
    const streamId = `order-${random.int(1, STREAMS)}`;
    const version = versions.get(streamId) ?? 0;
    const expected: ExpectedVersion = version === 0 && random.chance(0.5) ? 'noStream' : version;
    const first = writers[0]!;
    const second = writers.length > 1 && random.chance(0.5) ? writers[1]! : first;
    if (second !== first) tally.crossConnection += 1;
    const sizes = [random.int(1, 3), random.int(1, 3)];
    const attempts = [first, second].map((writer, index) =>
      writer.append(streamId, envelopes(`p${pair}-w${index}`, sizes[index]!), {
        expectedVersion: expected,
      }),
    );
    const settled = await Promise.allSettled(attempts);
    tally.pairs += 1;
    for (const outcome of settled) {
      if (outcome.status === 'fulfilled') {
        tally.won += 1;
        versions.set(streamId, outcome.value.nextExpectedVersion);
        tally.acknowledged.push(...outcome.value.appended.map(placeOf));
      } else if (outcome.reason instanceof ConcurrencyError) tally.concurrencyErrors += 1;
      else tally.otherOutcomes.push(String(outcome.reason));
    }
    if (settled.filter((s) => s.status === 'fulfilled').length !== 1) {
      tally.otherOutcomes.push(`pair ${pair} on ${streamId}: not exactly one winner`);
    }
  }
  return tally;
}

/** All PAIRS pairs issued in one tick, pair i on its own fresh stream (one group commit or a few). */
async function raceBurst(store: EventStore): Promise<{ won: number; concurrencyErrors: number }> {
  const attempts = Array.from({ length: PAIRS }, (_, pair) =>
    [0, 1].map((writer) =>
      store.append(`burst-${pair}`, envelopes(`b${pair}-w${writer}`, 2), {
        expectedVersion: 'noStream',
      }),
    ),
  );
  const settled = await Promise.all(attempts.map((pair) => Promise.allSettled(pair)));
  let won = 0;
  let concurrencyErrors = 0;
  for (const [first, second] of settled) {
    // Planned in arrival order: the first-issued of each pair wins, the second is refused.
    if (first?.status === 'fulfilled') won += 1;
    if (second?.status === 'rejected' && second.reason instanceof ConcurrencyError) {
      concurrencyErrors += 1;
    }
  }
  return { won, concurrencyErrors };
}

function summary(label: string, tally: RaceTally, extra: string): string {
  return `[concurrency seed=${SEED}] ${label}: ${tally.pairs} pairs, ${tally.won} won, ${tally.concurrencyErrors} ConcurrencyError, ${tally.otherOutcomes.length} other, ${tally.crossConnection} across two connections; ${extra}`;
}

describe(`given ${PAIRS} racing append pairs with one expected version (seed ${SEED})`, () => {
  it('when they race on the in-memory store, then each pair has exactly one winner and one ConcurrencyError', async () => {
    const store = new InMemoryEventStore();
    const tally = await raceRounds([store], seededRandom(SEED));
    const anomalies = checkLog({ acknowledged: tally.acknowledged, ...(await readBack(store)) });
    const burst = await raceBurst(new InMemoryEventStore());
    console.log(
      summary(
        'in-memory',
        tally,
        `${store.headPositionSync()} events, anomalies ${JSON.stringify(countByKind(anomalies))}; burst ${burst.won} won, ${burst.concurrencyErrors} ConcurrencyError`,
      ),
    );
    expect(tally.otherOutcomes).toEqual([]);
    expect(tally).toMatchObject({ won: PAIRS, concurrencyErrors: PAIRS });
    expect(anomalies).toEqual([]);
    expect(burst).toEqual({ won: PAIRS, concurrencyErrors: PAIRS });
  });
});
