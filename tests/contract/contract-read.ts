import { describe, expect, it } from 'vitest';
import type { EventStore } from '../../src/core/store/event-store';
import { someEvents } from './contract-support';

/** Stream reads from a version, paged global reads, versions and head. */
export function describeReadContract(store: () => EventStore): void {
  describe('given two interleaved streams of 5 events each', () => {
    const seed = async () => {
      for (let round = 1; round <= 5; round += 1) {
        await store().append('a', someEvents(`a${round}`, 1));
        await store().append('b', someEvents(`b${round}`, 1));
      }
    };

    it('when reading a stream from version 3, then versions 3..5 of that stream come back in order', async () => {
      await seed();
      const events = await store().readStream('a', 3);
      expect(events.map((e) => [e.id, e.streamVersion])).toEqual([
        ['a3-1', 3],
        ['a4-1', 4],
        ['a5-1', 5],
      ]);
    });

    it('when reading a stream with a limit or past its end, then the page is cut accordingly', async () => {
      await seed();
      expect((await store().readStream('b', 2, 2)).map((e) => e.streamVersion)).toEqual([2, 3]);
      expect(await store().readStream('b', 6)).toEqual([]);
      expect(await store().readStream('b', 1, 0)).toEqual([]);
    });

    it('when paging readAll with limit 3, then the pages cover positions 1..10 once each, in order', async () => {
      await seed();
      const seen: number[] = [];
      let from = 1;
      for (;;) {
        const page = await store().readAll(from, 3);
        if (page.length === 0) break;
        expect(page.length).toBeLessThanOrEqual(3);
        seen.push(...page.map((e) => e.position));
        from = page[page.length - 1]!.position + 1;
      }
      expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    });

    it('when reading all from position 9 or past the head, then only what exists comes back', async () => {
      await seed();
      expect((await store().readAll(9)).map((e) => e.id)).toEqual(['a5-1', 'b5-1']);
      expect(await store().readAll(11)).toEqual([]);
      expect(await store().readAll(1, 0)).toEqual([]);
    });

    it('when asking versions and head, then they match what was appended', async () => {
      await seed();
      expect(await store().streamVersion('a')).toBe(5);
      expect(await store().streamVersion('b')).toBe(5);
      expect(await store().headPosition()).toBe(10);
    });

    it('when a returned page is modified by the caller, then the store is unaffected', async () => {
      await seed();
      const page = await store().readAll();
      page.length = 0;
      const stream = await store().readStream('a');
      stream.pop();
      expect(await store().readAll()).toHaveLength(10);
      expect(await store().readStream('a')).toHaveLength(5);
    });
  });
}
