import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DexieEventStore } from '../../../src/infra/store/dexie-event-store';
import { countWriteTransactions, envelope, envelopes, openStore } from './dexie-fixture';

describe('Dexie store group commit', () => {
  let counter: ReturnType<typeof countWriteTransactions>;
  let store: DexieEventStore;
  /** Write transactions opened by `action` alone. */
  const writesDuring = async (action: () => Promise<void>): Promise<number> => {
    const before = counter.count();
    await action();
    return counter.count() - before;
  };

  beforeEach(async () => {
    counter = countWriteTransactions();
    store = await openStore('group');
  });

  afterEach(() => counter.restore());

  describe('given 50 appends issued in the same tick', () => {
    it('when they are flushed, then one read-write transaction stores them all', async () => {
      let positions: number[] = [];
      const transactions = await writesDuring(async () => {
        const results = await Promise.all(
          Array.from({ length: 50 }, (_, writer) =>
            store.append(`stream-${writer}`, envelopes(`w${writer}`, 4), {
              expectedVersion: 'noStream',
            }),
          ),
        );
        positions = results.flatMap((r) => r.appended.map((e) => e.position));
      });
      expect(transactions).toBe(1);
      expect(positions).toEqual(Array.from({ length: 200 }, (_, index) => index + 1));
      expect(await store.headPosition()).toBe(200);
    });

    it('when some of them fail their checks, then the others commit in that same transaction', async () => {
      await store.append('busy', [envelope('busy-1')]);
      let settled: PromiseSettledResult<unknown>[] = [];
      const transactions = await writesDuring(async () => {
        settled = await Promise.allSettled([
          store.append('a', [envelope('a-1')], { expectedVersion: 'noStream' }),
          store.append('busy', [envelope('busy-x')], { expectedVersion: 5 }),
          store.append('b', [envelope('b-1'), envelope('b-1')]),
          store.append('busy', [envelope('busy-2')], { expectedVersion: 1 }),
          store.append('c', [envelope('c-1')], { expectedVersion: 'streamExists' }),
        ]);
      });
      expect(transactions).toBe(1);
      expect(settled.map((s) => s.status)).toEqual([
        'fulfilled',
        'rejected',
        'rejected',
        'fulfilled',
        'rejected',
      ]);
      expect((await store.readAll()).map((e) => [e.id, e.position])).toEqual([
        ['busy-1', 1],
        ['a-1', 2],
        ['busy-2', 3],
      ]);
    });

    it('when a later append expects the version an earlier one in the group produced, then both commit', async () => {
      const [first, second] = await Promise.all([
        store.append('order', envelopes('first', 2), { expectedVersion: 'noStream' }),
        store.append('order', envelopes('second', 1), { expectedVersion: 2 }),
      ]);
      expect(first.nextExpectedVersion).toBe(2);
      expect(second.appended[0]).toMatchObject({ streamVersion: 3, position: 3 });
    });
  });

  describe('given appends issued while a group is committing', () => {
    it('when the first group commits, then the waiting ones share the next transaction', async () => {
      const transactions = await writesDuring(async () => {
        const first = store.append('a', envelopes('a', 1));
        await Promise.resolve();
        await Promise.resolve();
        const waiting = [1, 2, 3].map((n) => store.append(`b-${n}`, envelopes(`b${n}`, 2)));
        await Promise.all([first, ...waiting]);
      });
      expect(transactions).toBe(2);
      expect(await store.headPosition()).toBe(7);
    });
  });

  describe('given a group where one batch carries an already-stored id', () => {
    it('when it commits, then a second transaction replans from storage and stores the rest of every batch', async () => {
      await store.append('a', [envelope('known')]);
      const transactions = await writesDuring(async () => {
        const [mixed, plain] = await Promise.all([
          store.append('a', [envelope('n-1'), envelope('known'), envelope('n-2')], {
            expectedVersion: 1,
          }),
          store.append('b', [envelope('b-1')]),
        ]);
        expect(mixed.skippedDuplicateIds).toEqual(['known']);
        expect(plain.appended[0]?.position).toBe(4);
      });
      // The optimistic attempt is refused by the unique id index, aborted, then replanned.
      expect(transactions).toBe(2);
      expect((await store.readAll()).map((e) => e.id)).toEqual(['known', 'n-1', 'n-2', 'b-1']);
    });
  });
});
