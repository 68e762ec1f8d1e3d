import { describe, expect, it } from 'vitest';
import { ConcurrencyError } from '../../src/core/errors/errors';
import type { AppendResult, EventStore } from '../../src/core/store/event-store';
import { anEvent, someEvents } from './contract-support';

/** Appends issued together (for Dexie: one group commit) behave as if run one by one. */
export function describeConcurrencyContract(store: () => EventStore): void {
  describe('given concurrent appends', () => {
    it('when five writers append to one stream with the same expected version, then exactly one wins', async () => {
      await store().append('order-1', [anEvent('seed')]);
      const attempts = [1, 2, 3, 4, 5].map((writer) =>
        store().append('order-1', someEvents(`w${writer}`, 2), { expectedVersion: 1 }),
      );
      const settled = await Promise.allSettled(attempts);
      const winners = settled.filter((s) => s.status === 'fulfilled');
      const losers = settled.filter((s) => s.status === 'rejected');
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(4);
      for (const loser of losers) {
        expect(loser.reason).toBeInstanceOf(ConcurrencyError);
        expect(loser.reason).toMatchObject({ expected: 1, actual: 3 });
      }
      const winner = (winners[0] as PromiseFulfilledResult<AppendResult>).value;
      const stream = await store().readStream('order-1');
      expect(stream.map((e) => e.id)).toEqual(['seed', ...winner.appended.map((e) => e.id)]);
    });

    it('when many writers append to different streams, then all succeed with gap-free positions', async () => {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, writer) =>
          store().append(`stream-${writer}`, someEvents(`s${writer}`, 3), {
            expectedVersion: 'noStream',
          }),
        ),
      );
      const positions = results.flatMap((r) => r.appended.map((e) => e.position));
      expect([...positions].sort((a, b) => a - b)).toEqual(
        Array.from({ length: 60 }, (_, index) => index + 1),
      );
      expect((await store().readAll()).map((e) => e.position)).toEqual(
        Array.from({ length: 60 }, (_, index) => index + 1),
      );
    });

    it('when one of several concurrent appends fails, then the others are stored', async () => {
      await store().append('busy', [anEvent('b-0')]);
      const [good, bad, duplicate, later] = await Promise.allSettled([
        store().append('quiet', [anEvent('q-1')], { expectedVersion: 'noStream' }),
        store().append('busy', [anEvent('b-1')], { expectedVersion: 'noStream' }),
        store().append('other', [anEvent('o-1'), anEvent('o-1')]),
        store().append('busy', [anEvent('b-2')], { expectedVersion: 1 }),
      ]);
      expect(good?.status).toBe('fulfilled');
      expect(bad).toMatchObject({ status: 'rejected', reason: { name: 'ConcurrencyError' } });
      expect(duplicate).toMatchObject({
        status: 'rejected',
        reason: { name: 'DuplicateEventInBatchError' },
      });
      expect(later?.status).toBe('fulfilled');
      expect((await store().readAll()).map((e) => [e.id, e.position])).toEqual([
        ['b-0', 1],
        ['q-1', 2],
        ['b-2', 3],
      ]);
    });

    it('when the same new event is appended twice concurrently, then it is stored once and the retry is told it was skipped', async () => {
      const [first, second] = await Promise.all([
        store().append('order-1', [anEvent('once')], { expectedVersion: 'noStream' }),
        store().append('order-1', [anEvent('once')], { expectedVersion: 'noStream' }),
      ]);
      expect(first?.appended.map((e) => e.id)).toEqual(['once']);
      expect(second).toEqual({
        nextExpectedVersion: 1,
        appended: [],
        skippedDuplicateIds: ['once'],
      });
      expect(await store().headPosition()).toBe(1);
    });
  });
}
