import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendBatch, readAllEvents, readHead } from '../../../src/infra/db/event-batches';
import type { EventfoldDb } from '../../../src/infra/db/schema';
import { PositionMismatchError } from '../../../src/infra/workspace/archive-errors';
import { countWriteTransactions, eventsFrom, openDb } from './dexie-fixture';

describe('appendBatch', () => {
  let counter: ReturnType<typeof countWriteTransactions>;
  let db: EventfoldDb;

  beforeEach(async () => {
    counter = countWriteTransactions();
    db = await openDb('append');
  });

  afterEach(() => counter.restore());

  it('given 500 events, when appended, then they are one record written in one read-write transaction', async () => {
    // The point of the batch form: IndexedDB's cost is per record and per transaction.
    const before = counter.count();
    await appendBatch(db, eventsFrom(1, 500));
    expect(counter.count() - before).toBe(1);
    const records = await db.eventBatches.toArray();
    expect(records.map(({ from, to }) => [from, to])).toEqual([[1, 500]]);
    expect(records[0]?.streams).toHaveLength(500);
    expect(await readHead(db)).toBe(500);
  });

  it.each([
    ['leaves a gap', 5],
    ['overlaps the stored log', 3],
    ['restarts the log', 1],
  ])(
    'given a stored log through 3, when a batch %s, then PositionMismatchError and nothing of it is stored',
    async (_, from) => {
      await appendBatch(db, eventsFrom(1, 3));
      const error = await appendBatch(db, eventsFrom(from, 2, 'late')).catch((caught) => caught);
      expect(error).toBeInstanceOf(PositionMismatchError);
      expect(error).toMatchObject({ enginePosition: from, storedHead: 3 });
      expect((await readAllEvents(db)).map((e) => e.id)).toEqual(['e-1', 'e-2', 'e-3']);
    },
  );

  it('given an empty batch, when appended, then it is refused rather than stored as an empty record', async () => {
    const appending = Promise.resolve().then(() => appendBatch(db, []));
    await expect(appending).rejects.toThrow(/at least one event/);
    expect(await db.eventBatches.count()).toBe(0);
  });

  it('given batches sharing streams and flows, when appended, then each record indexes its distinct streams and flows once', async () => {
    const events = eventsFrom(1, 4).map((event, index) => ({
      ...event,
      streamId: index < 3 ? 'order-1' : 'order-2',
      correlationId: 'flow-a',
    }));
    await appendBatch(db, events);
    const [record] = await db.eventBatches.toArray();
    expect(record).toMatchObject({ streams: ['order-1', 'order-2'], correlations: ['flow-a'] });
    expect(await db.eventBatches.where('streams').equals('order-2').count()).toBe(1);
  });
});
