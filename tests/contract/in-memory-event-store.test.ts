import { describe, expect, it } from 'vitest';
import { InMemoryEventStore } from '../../src/core/store/in-memory-event-store';
import { anEvent, someEvents } from './contract-support';
import { describeEventStoreContract } from './event-store.contract';

describeEventStoreContract('in memory', async () => ({
  store: new InMemoryEventStore(),
  dispose: async () => {},
}));

describe('InMemoryEventStore beyond the port', () => {
  it('when appending synchronously, then reads, version and head are visible at once', () => {
    const store = new InMemoryEventStore();
    const result = store.appendSync('a', someEvents('a', 2), { expectedVersion: 'noStream' });
    expect(result.nextExpectedVersion).toBe(2);
    expect(store.readStreamSync('a').map((e) => e.id)).toEqual(['a-1', 'a-2']);
    expect(store.readAllSync(2).map((e) => e.position)).toEqual([2]);
    expect(store.streamVersionSync('a')).toBe(2);
    expect(store.headPositionSync()).toBe(2);
  });

  it('when a stored event or its payload is modified, then the change is refused', () => {
    const store = new InMemoryEventStore();
    store.appendSync('a', [anEvent('a-1', 'order.placed', { lines: [{ sku: 'x' }] })]);
    const [stored] = store.readAllSync();
    expect(Object.isFrozen(stored)).toBe(true);
    expect(() => {
      (stored as unknown as { type: string }).type = 'changed';
    }).toThrow(TypeError);
    const data = stored!.data as { lines: Array<{ sku: string }> };
    expect(() => {
      data.lines[0]!.sku = 'changed';
    }).toThrow(TypeError);
  });

  it('when a subscriber is live, then an append delivers to it before appendSync returns', async () => {
    const store = new InMemoryEventStore();
    const positions: number[] = [];
    const subscription = store.subscribe({ onEvent: (e) => positions.push(e.position) });
    await subscription.caughtUp;
    store.appendSync('a', someEvents('a', 2));
    expect(positions).toEqual([1, 2]);
    subscription.close();
  });

  it('when a handler appends while being delivered, then the nested event follows in order', async () => {
    const store = new InMemoryEventStore();
    const seen: string[] = [];
    const subscription = store.subscribe({
      onEvent: (e) => {
        seen.push(e.id);
        if (e.id === 'a-1') store.appendSync('b', [anEvent('b-1')]);
      },
    });
    await subscription.caughtUp;
    store.appendSync('a', someEvents('a', 2));
    expect(seen).toEqual(['a-1', 'a-2', 'b-1']);
    subscription.close();
  });
});
