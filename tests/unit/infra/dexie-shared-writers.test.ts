import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../../src/core/messages/event';
import { readAllEvents } from '../../../src/infra/db/event-batches';
import { PositionMismatchError } from '../../../src/infra/workspace/archive-errors';
import { eventsFrom, openConnection, uniqueDbName } from './dexie-fixture';

// Fixed for reproducibility; override with FC_SEED to explore. fast-check prints the seed and
// the counterexample path on failure.
const seed = Number(process.env.FC_SEED ?? 20_260_712);

// Two connections on one database stand in for two tabs recording a run: each believes the
// log ends where it last saw it. The write's head check (in its own transaction) must keep
// them from interleaving or overwriting each other.
async function twoWriters(label: string) {
  const name = uniqueDbName(label);
  const tabA = await openConnection(label, name);
  const tabB = await openConnection(label, name);
  return [tabA.connection, tabB.connection] as const;
}

const placesOf = (events: readonly StoredEvent[]) => events.map((e) => `${e.id}@${e.position}`);

describe('ArchiveConnection with a second writer on the same database', () => {
  it('given a stale head, when the second writer appends where it believes the log ends, then PositionMismatchError and the log is unchanged', async () => {
    const [tabA, tabB] = await twoWriters('shared-stale');
    await tabA.append(eventsFrom(1, 3, 'a'));

    const error = await tabB.append(eventsFrom(1, 2, 'b')).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(PositionMismatchError);
    expect(error).toMatchObject({ code: 'position-mismatch', enginePosition: 1, storedHead: 3 });
    expect(placesOf(await readAllEvents(tabA.db))).toEqual(placesOf(eventsFrom(1, 3, 'a')));
    // Continuing the real head is accepted: the log stays gap-free.
    await tabB.append(eventsFrom(4, 2, 'b'));
    expect((await readAllEvents(tabA.db)).map((e) => e.position)).toEqual([1, 2, 3, 4, 5]);
  });

  it(`given both writers racing rounds of appends at the head they read, then each round exactly one batch is stored whole and the log stays gap-free (seed ${seed})`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (rounds) => {
          const [tabA, tabB] = await twoWriters('shared-race');
          const winners: StoredEvent[] = [];
          for (const [sizeA, sizeB] of rounds) {
            const head = await tabA.head();
            const batchA = eventsFrom(head + 1, sizeA, 'a');
            const batchB = eventsFrom(head + 1, sizeB, 'b');
            const [a, b] = await Promise.allSettled([tabA.append(batchA), tabB.append(batchB)]);
            const won = [a, b].filter((result) => result.status === 'fulfilled');
            const lost = [a, b].flatMap((result) => (result.status === 'rejected' ? [result] : []));
            expect(won).toHaveLength(1);
            expect(lost[0]?.reason).toBeInstanceOf(PositionMismatchError);
            winners.push(...(a.status === 'fulfilled' ? batchA : batchB));
          }
          const stored = await readAllEvents(tabA.db);
          expect(placesOf(stored)).toEqual(placesOf(winners));
          expect(stored.map((e) => e.position)).toEqual(stored.map((_, index) => index + 1));
          tabA.close();
          tabB.close();
        },
      ),
      { seed, numRuns: 25 },
    );
  });
});
