import { beforeEach, describe, expect, it } from 'vitest';
import type { DecidedEvent } from '../../../src/core/cqrs/decider';
import { ConcurrencyError } from '../../../src/core/errors/errors';
import { MessageFactory } from '../../../src/core/messages/factory';
import { OrderRepository } from '../../../src/core/order/order-repository';
import { InMemoryEventStore } from '../../../src/core/store/in-memory-event-store';
import { ManualClock } from '../../../src/core/time/clock';
import { SequentialIds } from '../../../src/core/time/ids';
import { orderConfirmed, orderPlaced, orderShipped } from '../../support/order-fixtures';

let store: InMemoryEventStore;
let repository: OrderRepository;
const messages = new MessageFactory(new ManualClock(), new SequentialIds());
const envelope = (event: DecidedEvent) =>
  messages.event(event.type, event.data, { source: 'test' });

beforeEach(() => {
  store = new InMemoryEventStore();
  // A page size of 2 makes `load` fold across several readStream pages.
  repository = new OrderRepository(store, 2);
});

describe('given no order stream', () => {
  it('when loaded, then the order does not exist at version 0', async () => {
    expect(await repository.load('o-1')).toEqual({ state: { status: 'none' }, version: 0 });
  });

  it('when saved at version 0, then it lands in stream order-o-1 at version 1', async () => {
    const result = await repository.save('o-1', [envelope(orderPlaced())], 0);
    expect(result.nextExpectedVersion).toBe(1);
    expect(result.appended[0]?.streamId).toBe('order-o-1');
  });
});

describe('given an order with three events', () => {
  beforeEach(async () => {
    await repository.save('o-1', [envelope(orderPlaced())], 0);
    await repository.save('o-1', [envelope(orderConfirmed())], 1);
    await repository.save('o-1', [envelope(orderShipped('o-1', 'TRK'))], 2);
  });

  it('when loaded (across pages), then the state is folded and the version is 3', async () => {
    const { state, version } = await repository.load('o-1');
    expect(version).toBe(3);
    expect(state).toMatchObject({ status: 'shipped', trackingNumber: 'TRK' });
  });

  it('when saved at the loaded version, then the stream grows by one', async () => {
    const { version } = await repository.load('o-1');
    const result = await repository.save('o-1', [envelope(orderConfirmed())], version);
    expect(result.nextExpectedVersion).toBe(4);
  });

  it('when saved at a stale version, then ConcurrencyError and nothing is stored', async () => {
    const save = repository.save('o-1', [envelope(orderConfirmed())], 2);
    await expect(save).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await store.streamVersion('order-o-1')).toBe(3);
  });

  it('when two writers load the same version and both save, then only the first succeeds', async () => {
    const first = await repository.load('o-1');
    const second = await repository.load('o-1');
    await repository.save('o-1', [envelope(orderConfirmed())], first.version);
    const late = repository.save('o-1', [envelope(orderConfirmed())], second.version);
    await expect(late).rejects.toMatchObject({
      code: 'concurrency',
      streamId: 'order-o-1',
      expected: 3,
      actual: 4,
    });
  });
});
