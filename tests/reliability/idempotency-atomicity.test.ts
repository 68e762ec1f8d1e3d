import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import type { StoredEvent } from '../../src/core/messages/event';
import type { EventfoldDb } from '../../src/infra/db/schema';
import {
  envelope,
  openLogConnection,
  placedEvents,
  rowProblems,
  storedRows,
} from './support/store-fixtures';

const BATCH = 100;
const RETRIES = 3;

/** What goes wrong while the k-th batch is written, and what the caller should see. */
type Fault = 'quota' | 'abort' | null;

interface FailureMode {
  readonly name: string;
  /** The typed error the caller receives. */
  readonly error: string;
  /** The fault armed at the table while the batch is written. */
  readonly fault: Fault;
  /** The failing batch for k = 1..BATCH, starting at `from`. */
  readonly batch: (k: number, prefix: string, from: number) => StoredEvent[];
}

const failureModes: readonly FailureMode[] = [
  {
    // IndexedDB refuses to clone a function: the record holding it cannot be stored at all.
    name: 'uncloneable value at the k-th event',
    error: 'StorageFailureError',
    fault: null,
    batch: (k, prefix, from) =>
      placedEvents(prefix, from, BATCH).map((event, index) =>
        index === k - 1
          ? { ...event, ...envelope(event.id, { id: event.id, handler: () => 'not data' }) }
          : event,
      ),
  },
  {
    // A browser reports the quota as the transaction commits, after the record was added.
    name: 'quota after a k-event record was added',
    error: 'QuotaExceededError',
    fault: 'quota',
    batch: (k, prefix, from) => placedEvents(prefix, from, k),
  },
  {
    // The transaction is aborted (tab closing, a failing disk) after the record was added.
    name: 'abort after a k-event record was added',
    error: 'StorageFailureError',
    fault: 'abort',
    batch: (k, prefix, from) => placedEvents(prefix, from, k),
  },
];

/** Arms `add` of the log's table: with a fault set, the record is added, then the write fails. */
function armFaults(db: EventfoldDb): { set: (fault: Fault) => void } {
  let armed: Fault = null;
  const add = db.eventBatches.add.bind(db.eventBatches);
  vi.spyOn(db.eventBatches, 'add').mockImplementation((row) => {
    const fault = armed;
    return add(row).then((key) => {
      if (fault === 'quota') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      if (fault === 'abort') Dexie.currentTransaction.abort();
      return key;
    });
  });
  return { set: (fault) => (armed = fault) };
}

/** The stored events and how many records hold them, read straight from the table. */
async function snapshot(db: EventfoldDb) {
  const records = await db.eventBatches.orderBy('from').toArray();
  return { events: records.flatMap((record) => record.events), records: records.length };
}

describe(`given the batch log behind an ArchiveConnection and ${BATCH}-event batches`, () => {
  it(`when a stored batch is sent again ${RETRIES} times (its acknowledgement lost), then each retry is refused and nothing is added`, async () => {
    const fixture = await openLogConnection('idempotency');
    try {
      const { connection, db } = fixture;
      await connection.append(placedEvents('other', 1, 7));
      const batch = placedEvents('batch', 8, BATCH);
      await connection.append(batch);
      const before = await snapshot(db);
      let refused = 0;
      for (let retry = 1; retry <= RETRIES; retry += 1) {
        await expect(connection.append(batch)).rejects.toMatchObject({
          name: 'PositionMismatchError',
          enginePosition: 8,
          storedHead: 7 + BATCH,
        });
        refused += 1;
      }
      const after = await snapshot(db);
      console.log(
        `[idempotency] 1 batch of ${BATCH} stored at 8..${7 + BATCH}, resent ${RETRIES}x: ${refused} refused, ${after.events.length - before.events.length} extra events, ${after.records - before.records} extra records`,
      );
      expect(after).toEqual(before);
      expect(rowProblems(await storedRows(db))).toEqual([]);
    } finally {
      await fixture.dispose();
    }
  });

  it('when the k-th batch write fails (k = 1..100, three ways), then nothing of it is stored, earlier batches stay and the next good batch continues the positions', async () => {
    const fixture = await openLogConnection('atomicity');
    const { connection, db } = fixture;
    const faults = armFaults(db);
    const tally: Record<string, { refused: number; leaked: number }> = {};
    let goodBatches = 0;
    try {
      await connection.append(placedEvents('warm', 1, 3));
      for (const mode of failureModes) {
        const counts = { refused: 0, leaked: 0 };
        tally[mode.name] = counts;
        for (let k = 1; k <= BATCH; k += 1) {
          const prefix = `${mode.fault ?? 'clone'}-k${k}`;
          const before = await snapshot(db);
          const head = before.events.length;
          faults.set(mode.fault);
          const failing = connection.append(mode.batch(k, prefix, head + 1));
          await expect(failing).rejects.toMatchObject({ name: mode.error });
          faults.set(null);
          counts.refused += 1;
          const after = await snapshot(db);
          counts.leaked += after.events.filter((event) => event.id.startsWith(`${prefix}-`)).length;
          expect(after).toEqual(before);

          await connection.append(placedEvents(`good-${prefix}`, head + 1, 2));
          goodBatches += 1;
          expect(await connection.head()).toBe(head + 2);
        }
      }
      const rows = await storedRows(db);
      const problems = rowProblems(rows);
      console.log(
        `[atomicity] ${Object.entries(tally)
          .map(([mode, c]) => `${mode}: ${c.refused} batches refused, ${c.leaked} events leaked`)
          .join(
            '; ',
          )}; ${goodBatches} following good batches continued the positions; ${rows.length} events, ${problems.length} gaps/duplicates`,
      );
      expect(Object.values(tally).map((c) => c.refused)).toEqual([BATCH, BATCH, BATCH]);
      expect(Object.values(tally).every((c) => c.leaked === 0)).toBe(true);
      expect(problems).toEqual([]);
      expect(rows).toHaveLength(3 + goodBatches * 2);
    } finally {
      vi.restoreAllMocks();
      await fixture.dispose();
    }
  });
});
