import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/core/messages/event';
import type { EventStore } from '../../src/core/store/event-store';
import { anEvent, eventually, someEvents } from './contract-support';

/** Catch-up then live delivery: in position order, exactly once, until closed. */
export function describeSubscriptionContract(store: () => EventStore): void {
  const positionsFrom = (count: number, first = 1) =>
    Array.from({ length: count }, (_, index) => first + index);

  describe('given a store holding 6 events', () => {
    const seed = async () => {
      await store().append('a', someEvents('a', 3));
      await store().append('b', someEvents('b', 3));
    };

    it('when subscribing from the start, then it catches up, reports it, then receives live appends in order', async () => {
      await seed();
      const log: string[] = [];
      const subscription = store().subscribe({
        onEvent: (event) => log.push(`${event.position}:${event.id}`),
        onCaughtUp: () => log.push('caught-up'),
      });
      await subscription.caughtUp;
      expect(log).toEqual(['1:a-1', '2:a-2', '3:a-3', '4:b-1', '5:b-2', '6:b-3', 'caught-up']);
      await store().append('c', someEvents('c', 2));
      await store().append('a', [anEvent('a-4')], { expectedVersion: 3 });
      await eventually(() => expect(log).toHaveLength(10));
      expect(log.slice(7)).toEqual(['7:c-1', '8:c-2', '9:a-4']);
      subscription.close();
    });

    it('when subscribing from position 5, then delivery starts at position 5', async () => {
      await seed();
      const positions: number[] = [];
      const subscription = store().subscribe({ onEvent: (e) => positions.push(e.position) }, 5);
      await subscription.caughtUp;
      expect(positions).toEqual([5, 6]);
      subscription.close();
    });

    it('when appends race a catch-up longer than one page, then every position is delivered once, in order', async () => {
      // 1,206 events: more than a page of catch-up reads, so live commits land mid catch-up.
      await seed();
      for (let batch = 0; batch < 12; batch += 1) {
        await store().append(`history-${batch}`, someEvents(`h${batch}`, 100));
      }
      const delivered: StoredEvent[] = [];
      const writes: Promise<unknown>[] = [];
      const subscription = store().subscribe({
        onEvent: (event) => {
          delivered.push(event);
          // Appending from inside the catch-up, while it is still reading history.
          if (event.id === 'a-2' || event.id === 'h3-50') {
            writes.push(store().append(`inside-${event.id}`, someEvents(`in-${event.id}`, 2)));
          }
        },
      });
      for (let writer = 0; writer < 5; writer += 1) {
        writes.push(store().append(`racer-${writer}`, someEvents(`r${writer}`, 2)));
      }
      await subscription.caughtUp;
      await Promise.all(writes);
      const total = 6 + 1_200 + 10 + 4;
      await eventually(() => expect(delivered).toHaveLength(total));
      expect(delivered.map((e) => e.position)).toEqual(positionsFrom(total));
      expect(new Set(delivered.map((e) => e.id)).size).toBe(total);
      subscription.close();
    });

    it('when closed, then no further events are delivered to it', async () => {
      await seed();
      const closedOne: number[] = [];
      const control: number[] = [];
      const closing = store().subscribe({ onEvent: (e) => closedOne.push(e.position) });
      const watching = store().subscribe({ onEvent: (e) => control.push(e.position) });
      await Promise.all([closing.caughtUp, watching.caughtUp]);
      closing.close();
      await store().append('late', someEvents('late', 2));
      await eventually(() => expect(control).toEqual(positionsFrom(8)));
      expect(closedOne).toEqual(positionsFrom(6));
      watching.close();
    });
  });

  describe('given an empty store', () => {
    it('when subscribing, then it is caught up at once and receives the first appends live', async () => {
      const positions: number[] = [];
      let caughtUpCalls = 0;
      const subscription = store().subscribe({
        onEvent: (e) => positions.push(e.position),
        onCaughtUp: () => {
          caughtUpCalls += 1;
        },
      });
      await subscription.caughtUp;
      expect(positions).toEqual([]);
      await Promise.all([
        store().append('x', someEvents('x', 2)),
        store().append('y', someEvents('y', 2)),
      ]);
      await eventually(() => expect(positions).toEqual(positionsFrom(4)));
      expect(caughtUpCalls).toBe(1);
      subscription.close();
    });

    it('when a handler throws, then onError receives it and delivery goes on', async () => {
      const errors: unknown[] = [];
      const positions: number[] = [];
      const subscription = store().subscribe({
        onEvent: (e) => {
          positions.push(e.position);
          if (e.position === 1) throw new Error('handler broke');
        },
        onError: (error) => errors.push(error),
      });
      await store().append('x', someEvents('x', 3));
      await eventually(() => expect(positions).toEqual([1, 2, 3]));
      expect(errors).toEqual([new Error('handler broke')]);
      subscription.close();
    });
  });
}
