import { describe, expect, it } from 'vitest';
import { DuplicateEventInBatchError } from '../../src/core/errors/errors';
import type { EventStore } from '../../src/core/store/event-store';
import { anEvent, snapshot, someEvents } from './contract-support';

/** Idempotency by event id, and batches carrying duplicate or already-stored ids. */
export function describeIdempotencyContract(store: () => EventStore): void {
  describe('given a stored batch', () => {
    const seed = () =>
      store().append('order-1', someEvents('a', 3), { expectedVersion: 'noStream' });

    it('when the whole batch is retried with its old expected version, then it succeeds, reports every id skipped and writes nothing', async () => {
      await seed();
      const before = await snapshot(store());
      const retry = await store().append('order-1', someEvents('a', 3), {
        expectedVersion: 'noStream',
      });
      expect(retry).toEqual({
        nextExpectedVersion: 3,
        appended: [],
        skippedDuplicateIds: ['a-1', 'a-2', 'a-3'],
      });
      expect(await snapshot(store())).toEqual(before);
    });

    it('when one stored id comes again with new ones, then it is skipped and reported and the new ones are stored', async () => {
      await seed();
      const result = await store().append('order-1', [anEvent('a-2'), anEvent('b-1')], {
        expectedVersion: 3,
      });
      expect(result.skippedDuplicateIds).toEqual(['a-2']);
      expect(result.appended.map((e) => [e.id, e.streamVersion, e.position])).toEqual([
        ['b-1', 4, 4],
      ]);
      expect((await store().readAll()).filter((e) => e.id === 'a-2')).toHaveLength(1);
    });

    it('when a stored id sits in the middle of a new batch, then only it is skipped and the rest get contiguous versions', async () => {
      await seed();
      const batch = [anEvent('n-1'), anEvent('a-1'), anEvent('n-2'), anEvent('n-3')];
      const result = await store().append('order-1', batch, { expectedVersion: 3 });
      expect(result.skippedDuplicateIds).toEqual(['a-1']);
      expect(result.nextExpectedVersion).toBe(6);
      const stream = await store().readStream('order-1');
      expect(stream.map((e) => [e.id, e.streamVersion, e.position])).toEqual([
        ['a-1', 1, 1],
        ['a-2', 2, 2],
        ['a-3', 3, 3],
        ['n-1', 4, 4],
        ['n-2', 5, 5],
        ['n-3', 6, 6],
      ]);
    });

    it('when an id stored in another stream is appended, then it is skipped: ids are global', async () => {
      await seed();
      const result = await store().append('order-2', [anEvent('a-1'), anEvent('c-1')]);
      expect(result.skippedDuplicateIds).toEqual(['a-1']);
      expect(result.appended.map((e) => [e.id, e.streamId, e.streamVersion])).toEqual([
        ['c-1', 'order-2', 1],
      ]);
    });

    it('when a partial retry expects a stale version, then ConcurrencyError and nothing is stored', async () => {
      await seed();
      const before = await snapshot(store());
      await expect(
        store().append('order-1', [anEvent('a-1'), anEvent('fresh')], { expectedVersion: 0 }),
      ).rejects.toMatchObject({ name: 'ConcurrencyError', actual: 3 });
      expect(await snapshot(store())).toEqual(before);
    });
  });

  describe('given a batch carrying one id twice', () => {
    it('when it is appended, then DuplicateEventInBatchError names the id and nothing is stored', async () => {
      await store().append('order-1', [anEvent('kept')]);
      const batch = [anEvent('d-1'), anEvent('d-2'), anEvent('d-1'), anEvent('d-3')];
      const error = await store()
        .append('order-1', batch)
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DuplicateEventInBatchError);
      expect(error).toMatchObject({ eventId: 'd-1' });
      expect(await snapshot(store())).toEqual({ head: 1, ids: ['kept'] });
      expect(await store().streamVersion('order-1')).toBe(1);
    });
  });
}
