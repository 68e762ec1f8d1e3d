import { describe, expect, it } from 'vitest';
import { repeatedLogRow } from '../../../scripts/bench/repeated-log';
import type { StoredEvent } from '../../../src/core/messages/event';

function event(position: number, streamId: string, streamVersion: number, data: unknown) {
  return {
    id: `evt-${position}`,
    type: 'order.placed',
    time: position * 10,
    schemaVersion: 1,
    source: 'orders',
    correlationId: `corr-${position}`,
    causationId: position === 1 ? null : `evt-${position - 1}`,
    metadata: {},
    data,
    streamId,
    streamVersion,
    position,
  } satisfies StoredEvent;
}

const base: StoredEvent[] = [
  event(1, 'order-a', 1, { orderId: 'a', total: 5 }),
  event(2, 'order-a', 2, { orderId: 'a' }),
  event(3, 'saga-a', 1, { step: 'reserve' }),
];

describe('given a base log of three events', () => {
  it('when rows of the first round are made, then they are the base events unchanged', () => {
    expect([0, 1, 2].map((index) => repeatedLogRow(base, index))).toEqual(base);
  });

  it('when a later round is made, then ids, streams, correlations and order ids get its suffix', () => {
    const row = repeatedLogRow(base, 4);
    expect(row).toMatchObject({
      id: 'evt-2-r1',
      streamId: 'order-a-r1',
      streamVersion: 2,
      correlationId: 'corr-2-r1',
      causationId: 'evt-1-r1',
      data: { orderId: 'a-r1' },
      position: 5,
    });
    expect(repeatedLogRow(base, 8).data).toEqual({ step: 'reserve' });
    expect(repeatedLogRow(base, 3).causationId).toBeNull();
  });

  it('when seven rows are made, then positions are gap-free and ids and stream versions unique', () => {
    const rows = Array.from({ length: 7 }, (_, index) => repeatedLogRow(base, index));
    expect(rows.map((row) => row.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(rows.map((row) => row.id)).size).toBe(7);
    expect(new Set(rows.map((row) => `${row.streamId}@${row.streamVersion}`)).size).toBe(7);
    expect(base[0]?.data).toEqual({ orderId: 'a', total: 5 });
  });

  it('when the base is empty, then it refuses with a clear message', () => {
    expect(() => repeatedLogRow([], 0)).toThrow('repeatedLogRow needs a non-empty base log');
  });
});
