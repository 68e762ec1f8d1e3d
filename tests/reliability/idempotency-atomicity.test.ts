import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../src/core/messages/event';
import type { DexieEventStore } from '../../src/infra/store/dexie-event-store';
import { seededRandom } from '../../src/sim/random/random';
import {
  envelope,
  envelopes,
  openDexieStore,
  rowProblems,
  storedRows,
} from './support/store-fixtures';

const SEED = 20_260_708;
const BATCH = 100;
const RETRIES = 3;

/** How the k-th event of a batch is made to fail, and what the caller should see. */
interface FailureMode {
  readonly name: string;
  /** The typed error the caller receives. */
  readonly error: string;
  /** The batch with its k-th event (1-based) failing; null when the mode cannot fail there. */
  readonly batch: (k: number, prefix: string) => EventEnvelope[] | null;
}

/** A storage fault armed for one event id: the table's creating hook throws when it is added. */
const faultyIds = new Set<string>();

const failureModes: readonly FailureMode[] = [
  {
    // IndexedDB refuses to clone a function: the k-th add fails after k - 1 adds succeeded.
    name: 'uncloneable value',
    error: 'StorageFailureError',
    batch: (k, prefix) =>
      envelopes(prefix, BATCH).map((event, index) =>
        index === k - 1 ? envelope(event.id, { id: event.id, handler: () => 'not data' }) : event,
      ),
  },
  {
    // A fault injected at the table: the k-th row's write throws inside the transaction.
    name: 'storage fault at the k-th row',
    error: 'StorageFailureError',
    batch: (k, prefix) => {
      const batch = envelopes(prefix, BATCH);
      faultyIds.add(batch[k - 1]!.id);
      return batch;
    },
  },
  {
    // The k-th event repeats an earlier id of the same batch: the whole batch is refused.
    name: 'duplicate id within the batch',
    error: 'DuplicateEventInBatchError',
    batch: (k, prefix) => {
      if (k === 1) return null;
      const batch = envelopes(prefix, BATCH);
      batch[k - 1] = envelope(batch[0]!.id);
      return batch;
    },
  },
];

async function headAndCount(store: DexieEventStore) {
  return { head: await store.headPosition(), rows: await store.db.events.count() };
}

describe(`given a Dexie event store and ${BATCH}-event batches (seed ${SEED})`, () => {
  it(`when a batch is retried ${RETRIES} times with the same ids, then no row is added and each retry reports the duplicates`, async () => {
    const fixture = await openDexieStore('idempotency');
    try {
      const { store } = fixture;
      await store.append('other', envelopes('other', 7));
      const batch = envelopes(`batch-${SEED}`, BATCH);
      const first = await store.append('order-1', batch, { expectedVersion: 'noStream' });
      const before = await headAndCount(store);
      let reported = 0;
      for (let retry = 1; retry <= RETRIES; retry += 1) {
        // A retry still carries the expected version it was first sent with.
        const again = await store.append('order-1', batch, { expectedVersion: 'noStream' });
        expect(again).toEqual({
          nextExpectedVersion: BATCH,
          appended: [],
          skippedDuplicateIds: batch.map((event) => event.id),
        });
        reported += again.skippedDuplicateIds.length;
      }
      const after = await headAndCount(store);
      console.log(
        `[idempotency seed=${SEED}] 1 batch of ${BATCH} stored at ${first.appended[0]?.position}..${first.appended.at(-1)?.position}, retried ${RETRIES}x: ${after.rows - before.rows} extra rows, ${reported} duplicates reported`,
      );
      expect(first.appended).toHaveLength(BATCH);
      expect(after).toEqual(before);
      expect(reported).toBe(BATCH * RETRIES);
      expect(rowProblems(await storedRows(fixture.db))).toEqual([]);
    } finally {
      await fixture.dispose();
    }
  });

  it('when the k-th event of a batch fails (k = 1..100, three ways), then nothing of the batch is stored and the next good append continues the positions', async () => {
    const fixture = await openDexieStore('atomicity');
    const { store, db } = fixture;
    db.events.hook('creating', (_key, row) => {
      if (faultyIds.has(row.id)) throw new Error(`injected storage fault at ${row.id}`);
    });
    const random = seededRandom(SEED);
    const tally: Record<string, { refused: number; leaked: number }> = {};
    let goodAppends = 0;
    try {
      await store.append('warm-up', envelopes('warm', 3));
      for (const mode of failureModes) {
        const counts = { refused: 0, leaked: 0 };
        tally[mode.name] = counts;
        for (let k = 1; k <= BATCH; k += 1) {
          const prefix = `${mode.name.split(' ')[0]}-k${k}`;
          const batch = mode.batch(k, prefix);
          if (!batch) continue;
          const before = await headAndCount(store);
          const streamId = `stream-${random.int(1, 7)}`;
          await expect(store.append(streamId, batch)).rejects.toMatchObject({ name: mode.error });
          faultyIds.clear();
          counts.refused += 1;
          const after = await headAndCount(store);
          const leaked = await db.events.where('id').startsWith(`${prefix}-`).count();
          counts.leaked += leaked + (after.rows - before.rows);
          expect(after).toEqual(before);

          const good = await store.append(streamId, envelopes(`good-${prefix}`, 2));
          goodAppends += 1;
          expect(good.appended.map((event) => event.position)).toEqual([
            before.head + 1,
            before.head + 2,
          ]);
        }
      }
      const rows = await storedRows(db);
      const problems = rowProblems(rows);
      console.log(
        `[atomicity seed=${SEED}] ${Object.entries(tally)
          .map(([mode, c]) => `${mode}: ${c.refused} batches refused, ${c.leaked} rows leaked`)
          .join(
            '; ',
          )}; ${goodAppends} following good appends continued the positions; ${rows.length} rows, ${problems.length} gaps/duplicates`,
      );
      expect(Object.values(tally).map((c) => c.refused)).toEqual([BATCH, BATCH, BATCH - 1]);
      expect(Object.values(tally).every((c) => c.leaked === 0)).toBe(true);
      expect(problems).toEqual([]);
      expect(rows).toHaveLength(3 + goodAppends * 2);
    } finally {
      await fixture.dispose();
    }
  });
});
