import { describe, expect, it } from 'vitest';
import { ConcurrencyError } from '../../src/core/errors/errors';
import type { EventStore, ExpectedVersion } from '../../src/core/store/event-store';
import { anEvent, snapshot, someEvents } from './contract-support';

/** Expected versions, atomicity, stored fields and gap-free positions. */
export function describeAppendContract(store: () => EventStore): void {
  describe('given an empty store', () => {
    it('when appending with noStream, then the events get versions 1..n and positions 1..n', async () => {
      const result = await store().append('order-1', someEvents('a', 3), {
        expectedVersion: 'noStream',
      });
      expect(result.nextExpectedVersion).toBe(3);
      expect(result.skippedDuplicateIds).toEqual([]);
      expect(result.appended.map((e) => [e.id, e.streamVersion, e.position])).toEqual([
        ['a-1', 1, 1],
        ['a-2', 2, 2],
        ['a-3', 3, 3],
      ]);
      expect(await store().streamVersion('order-1')).toBe(3);
      expect(await store().headPosition()).toBe(3);
    });

    it('when appending with exact version 0 or any, then it succeeds', async () => {
      await store().append('s-0', [anEvent('x')], { expectedVersion: 0 });
      await store().append('s-any', [anEvent('y')], { expectedVersion: 'any' });
      await store().append('s-default', [anEvent('z')]);
      expect(await store().headPosition()).toBe(3);
    });

    it('when appending with streamExists, then ConcurrencyError and nothing is stored', async () => {
      const attempt = store().append('order-1', [anEvent('a')], {
        expectedVersion: 'streamExists',
      });
      await expect(attempt).rejects.toMatchObject({
        name: 'ConcurrencyError',
        streamId: 'order-1',
        expected: 'streamExists',
        actual: 0,
      });
      expect(await snapshot(store())).toEqual({ head: 0, ids: [] });
    });

    it('when reading, then versions and head are 0 and reads are empty', async () => {
      expect(await store().streamVersion('nope')).toBe(0);
      expect(await store().headPosition()).toBe(0);
      expect(await store().readStream('nope')).toEqual([]);
      expect(await store().readAll()).toEqual([]);
    });
  });

  describe('given a stream at version 2', () => {
    const seed = () => store().append('order-1', someEvents('old', 2));

    it.each<[ExpectedVersion, number]>([
      ['noStream', 2],
      [1, 2],
      [3, 2],
      [0, 2],
    ])(
      'when appending with expected %s, then ConcurrencyError names stream, expected and actual, and nothing is stored',
      async (expected, actual) => {
        await seed();
        const before = await snapshot(store());
        const error = await store()
          .append('order-1', someEvents('new', 2), { expectedVersion: expected })
          .catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(ConcurrencyError);
        expect(error).toMatchObject({ streamId: 'order-1', expected, actual });
        expect((error as Error).message).toContain('order-1');
        expect(await snapshot(store())).toEqual(before);
        expect(await store().streamVersion('order-1')).toBe(2);
      },
    );

    it('when appending with exact version 2 or streamExists, then it continues at version 3', async () => {
      await seed();
      const exact = await store().append('order-1', [anEvent('n-1')], { expectedVersion: 2 });
      const exists = await store().append('order-1', [anEvent('n-2')], {
        expectedVersion: 'streamExists',
      });
      expect(exact.appended[0]).toMatchObject({ streamVersion: 3, position: 3 });
      expect(exists.appended[0]).toMatchObject({ streamVersion: 4, position: 4 });
      expect(exists.nextExpectedVersion).toBe(4);
    });

    it('when appending an empty batch with a wrong expected version, then ConcurrencyError', async () => {
      await seed();
      await expect(store().append('order-1', [], { expectedVersion: 5 })).rejects.toBeInstanceOf(
        ConcurrencyError,
      );
      const empty = await store().append('order-1', [], { expectedVersion: 2 });
      expect(empty).toEqual({ nextExpectedVersion: 2, appended: [], skippedDuplicateIds: [] });
      expect(await store().headPosition()).toBe(2);
    });
  });

  describe('given several streams', () => {
    it('when appending interleaved, then global positions are 1..N without gaps and versions contiguous per stream', async () => {
      await store().append('a', someEvents('a1', 2));
      await store().append('b', someEvents('b1', 3));
      await expect(store().append('a', [anEvent('bad')], { expectedVersion: 0 })).rejects.toThrow();
      await store().append('a', someEvents('a2', 1), { expectedVersion: 2 });
      await store().append('c', someEvents('c1', 2));
      const all = await store().readAll();
      expect(all.map((e) => e.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect((await store().readStream('a')).map((e) => e.streamVersion)).toEqual([1, 2, 3]);
      expect((await store().readStream('b')).map((e) => e.streamVersion)).toEqual([1, 2, 3]);
      expect(all.map((e) => e.id)).toEqual([
        'a1-1',
        'a1-2',
        'b1-1',
        'b1-2',
        'b1-3',
        'a2-1',
        'c1-1',
        'c1-2',
      ]);
    });

    it('when an event is stored, then it keeps every envelope field and its payload', async () => {
      const event = { ...anEvent('full', 'payment.received', { amount: 12.5, items: ['x', 'y'] }) };
      const withKey = { ...event, partitionKey: 'order-9', causationId: 'cmd-1' };
      await store().append('payments', [withKey]);
      const [stored] = await store().readAll();
      expect(stored).toEqual({ ...withKey, streamId: 'payments', streamVersion: 1, position: 1 });
    });
  });
}
