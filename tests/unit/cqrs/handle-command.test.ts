import { describe, expect, it } from 'vitest';
import { accept, type Decider, refuse } from '../../../src/core/cqrs/decider';
import { DeciderRepository } from '../../../src/core/cqrs/decider-repository';
import { handleCommand } from '../../../src/core/cqrs/handle-command';
import { handleCommandSync } from '../../../src/core/cqrs/handle-command-sync';
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
const options = {
  toEnvelopes: (events: readonly Added[]) =>
    events.map((event) => messages.event(event.type, event.data, { source: 'test' })),
};
const add = (amount: number): Add => ({ type: 'Add', data: { amount } });

describe('given the generic command handler over a counter decider', () => {
  it('when commands are accepted, then they append at the loaded version', async () => {
    const store = new InMemoryEventStore();
    await handleCommand(counter, store, 'c', add(3), options);
    const result = await handleCommand(counter, store, 'c', add(4), options);
    expect(result).toMatchObject({ ok: true, value: { version: 2, attempts: 1 } });
    expect(await new DeciderRepository(counter, store, 1).load('c')).toEqual({
      state: 7,
      version: 2,
    });
  });

  it('when the decision records nothing, then nothing is appended and the version is reported', async () => {
    const store = new InMemoryEventStore();
    await handleCommand(counter, store, 'c', add(3), options);
    const result = await handleCommand(counter, store, 'c', add(0), options);
    expect(result).toEqual({
      ok: true,
      value: { streamId: 'c', events: [], version: 1, attempts: 1 },
    });
    expect(await store.headPosition()).toBe(1);
  });

  it('when refused, then the decider’s error is returned and nothing is appended', async () => {
    const store = new InMemoryEventStore();
    const result = await handleCommand(counter, store, 'c', add(11), options);
    expect(result).toEqual({ ok: false, error: 'limit: 0 + 11 > 10' });
    expect(await store.headPosition()).toBe(0);
  });

  it('when run synchronously, then the outcomes are the same', () => {
    const store = new InMemoryEventStore();
    expect(handleCommandSync(counter, store, 'c', add(6), options).ok).toBe(true);
    expect(handleCommandSync(counter, store, 'c', add(6), options)).toEqual({
      ok: false,
      error: 'limit: 6 + 6 > 10',
    });
  });

  it('when the stream holds foreign event types, then loading skips them but counts their versions', async () => {
    const store = new InMemoryEventStore();
    await store.append('c', [messages.event('counter.reset', {}, { source: 'test' })]);
    const result = await handleCommand(counter, store, 'c', add(2), options);
    expect(result).toMatchObject({ ok: true, value: { version: 2 } });
  });
});
