import { describe, expect, it } from 'vitest';
import { envelopes, openStore, uniqueDbName } from './dexie-fixture';

describe('Dexie store durable position', () => {
  it('given an empty store, when groups commit, then listeners hear each new durable position', async () => {
    const store = await openStore('durable');
    const heard: number[] = [];
    store.onDurablePositionChange((position) => heard.push(position));
    expect(store.durablePosition).toBe(0);
    await store.append('a', envelopes('a', 3));
    await Promise.all([store.append('b', envelopes('b', 2)), store.append('c', envelopes('c', 1))]);
    expect(heard).toEqual([3, 6]);
    expect(store.durablePosition).toBe(6);
  });

  it('given a store that was written and closed, when it is reopened, then it knows its durable position', async () => {
    const name = uniqueDbName('durable-reopen');
    const first = await openStore('durable-reopen', name);
    await first.append('a', envelopes('a', 4));
    first.close();
    const reopened = await openStore('durable-reopen', name);
    expect(reopened.durablePosition).toBe(4);
    const next = await reopened.append('a', envelopes('more', 1), { expectedVersion: 4 });
    expect(next.appended[0]).toMatchObject({ position: 5, streamVersion: 5 });
  });

  it('given a listener that throws, when a group commits, then the appends still resolve', async () => {
    const store = await openStore('durable-throwing');
    const heard: number[] = [];
    const unhandled: unknown[] = [];
    const onUnhandled = (error: unknown) => unhandled.push(error);
    process.on('uncaughtException', onUnhandled);
    store.onDurablePositionChange(() => {
      throw new Error('listener broke');
    });
    store.onDurablePositionChange((position) => heard.push(position));
    try {
      const result = await store.append('a', envelopes('a', 1));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(result.appended).toHaveLength(1);
      expect(heard).toEqual([1]);
      expect(unhandled).toEqual([new Error('listener broke')]);
    } finally {
      process.off('uncaughtException', onUnhandled);
    }
  });
});
