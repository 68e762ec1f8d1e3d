import { describe, expect, it } from 'vitest';
import type { Loaded } from '../../../src/core/cqrs/command-step';
import { accept, type Decider, refuse } from '../../../src/core/cqrs/decider';
import { handleCommandSync, loadSync } from '../../../src/core/cqrs/handle-command-sync';
import { MessageFactory } from '../../../src/core/messages/factory';
import { InMemoryEventStore } from '../../../src/core/store/in-memory-event-store';
import { ManualClock } from '../../../src/core/time/clock';
import { SequentialIds } from '../../../src/core/time/ids';

// A toy decider, to test the generic plumbing apart from the Order rules: a counter that may
// only go up to a limit and treats "add 0" as nothing to record.
type Add = { type: 'Add'; data: { amount: number } };
type Added = { type: 'counter.added'; data: { amount: number } };

const counter: Decider<Add, Added, number, string> = {
  initialState: 0,
  decide: ({ data: { amount } }, total) => {
    if (total + amount > 10) return refuse(`limit: ${total} + ${amount} > 10`);
    return amount === 0 ? accept() : accept({ type: 'counter.added', data: { amount } });
  },
  evolve: (total, event) => total + event.data.amount,
  isEvent: (event): event is Added => event.type === 'counter.added',
};

const messages = new MessageFactory(new ManualClock(), new SequentialIds());
const toEnvelopes = (events: readonly Added[]) =>
  events.map((event) => messages.event(event.type, event.data, { source: 'test' }));
const options = { toEnvelopes };
const add = (amount: number): Add => ({ type: 'Add', data: { amount } });

describe('given the generic command handler over a counter decider', () => {
  it('when commands are accepted, then they append at the loaded version', () => {
    const store = new InMemoryEventStore();
    handleCommandSync(counter, store, 'c', add(3), options);
    const result = handleCommandSync(counter, store, 'c', add(4), options);
    expect(result).toMatchObject({ ok: true, value: { version: 2, attempts: 1 } });
    expect(loadSync(counter, store, 'c')).toEqual({ state: 7, version: 2 });
  });

  it('when the decision records nothing, then nothing is appended and the version is reported', () => {
    const store = new InMemoryEventStore();
    handleCommandSync(counter, store, 'c', add(3), options);
    const result = handleCommandSync(counter, store, 'c', add(0), options);
    expect(result).toEqual({
      ok: true,
      value: { streamId: 'c', events: [], version: 1, attempts: 1 },
    });
    expect(store.headPositionSync()).toBe(1);
  });

  it('when refused, then the decider’s error is returned and nothing is appended', () => {
    const store = new InMemoryEventStore();
    const result = handleCommandSync(counter, store, 'c', add(11), options);
    expect(result).toEqual({ ok: false, error: 'limit: 0 + 11 > 10' });
    expect(store.headPositionSync()).toBe(0);
  });

  it('when the stream holds foreign event types, then loading skips them but counts their versions', () => {
    const store = new InMemoryEventStore();
    store.appendSync('c', [messages.event('counter.reset', {}, { source: 'test' })]);
    const result = handleCommandSync(counter, store, 'c', add(2), options);
    expect(result).toMatchObject({ ok: true, value: { version: 2 } });
  });
});

/** An in-memory store that records the version each stream read starts from. */
function storeRecordingReads() {
  const store = new InMemoryEventStore();
  const readsFrom: number[] = [];
  const read = store.readStreamSync.bind(store);
  store.readStreamSync = (streamId, fromVersion = 1, limit) => {
    readsFrom.push(fromVersion);
    return read(streamId, fromVersion, limit);
  };
  return { store, readsFrom };
}

describe('given the streams a writer loaded before (loadedStreams)', () => {
  it('when it handles command after command, then each load reads only what was stored since', () => {
    const { store, readsFrom } = storeRecordingReads();
    const loadedStreams = new Map<string, Loaded<number>>();
    for (const amount of [1, 2, 3]) {
      handleCommandSync(counter, store, 'c', add(amount), { toEnvelopes, loadedStreams });
    }
    // Its own appends are folded in as it makes them: no load reads them back.
    expect(readsFrom).toEqual([1, 2, 3]);
    expect(loadedStreams.get('c')).toEqual({ state: 6, version: 3 });
    expect(loadSync(counter, store, 'c', loadedStreams.get('c'))).toEqual({ state: 6, version: 3 });
  });

  it('when a command records nothing or is refused, then the stream is kept as loaded', () => {
    const store = new InMemoryEventStore();
    const loadedStreams = new Map<string, Loaded<number>>();
    handleCommandSync(counter, store, 'c', add(4), { toEnvelopes, loadedStreams });
    handleCommandSync(counter, store, 'c', add(5), options);
    handleCommandSync(counter, store, 'c', add(0), { toEnvelopes, loadedStreams });
    expect(loadedStreams.get('c')).toEqual({ state: 9, version: 2 });
    handleCommandSync(counter, store, 'c', add(9), { toEnvelopes, loadedStreams });
    expect(loadedStreams.get('c')).toEqual({ state: 9, version: 2 });
  });

  it('when another writer appended in between, then its events are folded in and the limit holds', () => {
    const store = new InMemoryEventStore();
    const loadedStreams = new Map<string, Loaded<number>>();
    handleCommandSync(counter, store, 'c', add(4), { toEnvelopes, loadedStreams });
    handleCommandSync(counter, store, 'c', add(5), options);
    const result = handleCommandSync(counter, store, 'c', add(2), { toEnvelopes, loadedStreams });
    expect(result).toEqual({ ok: false, error: 'limit: 9 + 2 > 10' });
  });
});
