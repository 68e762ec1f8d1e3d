import { beforeEach, describe, expect, it } from 'vitest';
import { ConcurrencyError } from '../../../src/core/errors/errors';
import { MessageFactory } from '../../../src/core/messages/factory';
import {
  handleOrderCommandSync,
  type OrderCommandEnvelope,
  type OrderServiceOptions,
} from '../../../src/core/order/order-command-handlers';
import type { OrderCommand } from '../../../src/core/order/order-commands';
import { InvalidOrderTransitionError } from '../../../src/core/order/order-errors';
import { InMemoryEventStore } from '../../../src/core/store/in-memory-event-store';
import { ManualClock } from '../../../src/core/time/clock';
import { SequentialIds } from '../../../src/core/time/ids';
import {
  cancelOrder,
  confirmOrder,
  orderPlaced,
  placeOrder,
  shipOrder,
} from '../../support/order-fixtures';

let store: InMemoryEventStore;
let clock: ManualClock;
let messages: MessageFactory;
let options: OrderServiceOptions;

const envelopeOf = (command: OrderCommand, metadata?: Record<string, string>) =>
  messages.command(command.type, command.data, {
    source: 'api',
    ...(metadata ? { metadata } : {}),
  }) as OrderCommandEnvelope;

const typesIn = (target: InMemoryEventStore) =>
  target.readStreamSync('order-o-1').map((event) => event.type);

beforeEach(() => {
  store = new InMemoryEventStore();
  clock = new ManualClock(1_000);
  messages = new MessageFactory(clock, new SequentialIds());
  options = { messages, source: 'order-service' };
});

describe('given an empty store', () => {
  it('when PlaceOrder is handled, then order.placed is stored with the command as its cause', () => {
    const command = envelopeOf(placeOrder('o-1'));
    clock.advanceTo(2_500);
    const result = handleOrderCommandSync(command, store, options);
    const [stored] = store.readStreamSync('order-o-1');
    expect(stored).toMatchObject({
      type: 'order.placed',
      data: orderPlaced('o-1').data,
      time: 2_500,
      source: 'order-service',
      correlationId: command.correlationId,
      causationId: command.id,
      partitionKey: 'o-1',
      streamVersion: 1,
      position: 1,
    });
    expect(result).toEqual({
      ok: true,
      value: { streamId: 'order-o-1', events: [stored], version: 1, attempts: 1 },
    });
  });

  it('when the command carries a partition key, then its events keep the key and the metadata', () => {
    const metadata = { partitionKey: 'u-7', payloadStyle: 'notification' };
    handleOrderCommandSync(envelopeOf(placeOrder('o-1'), metadata), store, options);
    expect(store.readStreamSync('order-o-1')[0]).toMatchObject({ partitionKey: 'u-7', metadata });
  });

  it('when ShipOrder is handled for a pending order, then it is refused and nothing is stored', () => {
    handleOrderCommandSync(envelopeOf(placeOrder()), store, options);
    const result = handleOrderCommandSync(envelopeOf(shipOrder()), store, options);
    expect(!result.ok && result.error).toBeInstanceOf(InvalidOrderTransitionError);
    expect(store.headPositionSync()).toBe(1);
  });
});

describe('given an order placed with the key of its user', () => {
  const userKey = { partitionKey: 'u-7', payloadStyle: 'notification' };

  it('when a later command names the order id as its key, then its events keep the user key', () => {
    handleOrderCommandSync(envelopeOf(placeOrder('o-1'), userKey), store, options);
    // A saga or Shipping names the order id: the order's first event already decided its key.
    handleOrderCommandSync(envelopeOf(confirmOrder(), { partitionKey: 'o-1' }), store, options);
    handleOrderCommandSync(envelopeOf(shipOrder()), store, options);
    const stored = store.readStreamSync('order-o-1');
    expect(stored.map((event) => event.type)).toEqual([
      'order.placed',
      'order.confirmed',
      'order.shipped',
    ]);
    expect(stored.map((event) => event.partitionKey)).toEqual(['u-7', 'u-7', 'u-7']);
    // The metadata names the key the event was partitioned by, not the command's.
    expect(stored[1]?.metadata).toEqual({ partitionKey: 'u-7' });
    expect(stored[2]?.metadata).toEqual({});
  });

  it('when another order is placed with no key, then that order is keyed by its own id', () => {
    handleOrderCommandSync(envelopeOf(placeOrder('o-1'), userKey), store, options);
    handleOrderCommandSync(envelopeOf(placeOrder('o-2')), store, options);
    expect(store.readStreamSync('order-o-2')[0]?.partitionKey).toBe('o-2');
  });
});

describe('given a confirmed order', () => {
  it('when ConfirmOrder arrives again, then it is accepted with no events and nothing is stored', () => {
    for (const command of [placeOrder(), confirmOrder()]) {
      handleOrderCommandSync(envelopeOf(command), store, options);
    }
    const result = handleOrderCommandSync(envelopeOf(confirmOrder()), store, options);
    expect(result).toEqual({
      ok: true,
      value: { streamId: 'order-o-1', events: [], version: 2, attempts: 1 },
    });
    expect(typesIn(store)).toEqual(['order.placed', 'order.confirmed']);
  });
});

/** A store whose first append at version 1 loses a race: another writer gets there just before. */
function storeWithRival(rivalCommand: OrderCommand): InMemoryEventStore {
  const racing = new InMemoryEventStore();
  const append = racing.appendSync.bind(racing);
  let raced = false;
  racing.appendSync = (streamId, events, appendOptions) => {
    if (!raced && streamId === 'order-o-1' && racing.streamVersionSync(streamId) === 1) {
      raced = true;
      handleOrderCommandSync(envelopeOf(rivalCommand), racing, options);
    }
    return append(streamId, events, appendOptions);
  };
  return racing;
}

describe('given a rival writer that changes the order between load and append', () => {
  it('when no retries are allowed, then the result is a ConcurrencyError', () => {
    const racing = storeWithRival(confirmOrder());
    handleOrderCommandSync(envelopeOf(placeOrder()), racing, options);
    const result = handleOrderCommandSync(envelopeOf(cancelOrder()), racing, options);
    expect(!result.ok && result.error).toBeInstanceOf(ConcurrencyError);
    expect(racing.streamVersionSync('order-o-1')).toBe(2);
  });

  it('when a retry is allowed, then the command is decided again on fresh state', () => {
    const racing = storeWithRival(confirmOrder());
    const retrying = { ...options, retriesOnConcurrency: 1 };
    handleOrderCommandSync(envelopeOf(placeOrder()), racing, retrying);
    // The rival confirmed first, so on fresh state this "confirm" is a repeat: nothing to record.
    const result = handleOrderCommandSync(envelopeOf(confirmOrder()), racing, retrying);
    expect(result).toMatchObject({ ok: true, value: { events: [], version: 2, attempts: 2 } });
    expect(typesIn(racing)).toEqual(['order.placed', 'order.confirmed']);
  });

  it('when a retry is allowed and the command still fits, then it succeeds on attempt 2', () => {
    const racing = storeWithRival(confirmOrder());
    const retrying = { ...options, retriesOnConcurrency: 1 };
    handleOrderCommandSync(envelopeOf(placeOrder()), racing, retrying);
    // Cancel fits both before (pending) and after (confirmed) the rival's write.
    const result = handleOrderCommandSync(envelopeOf(cancelOrder()), racing, retrying);
    expect(result).toMatchObject({ ok: true, value: { version: 3, attempts: 2 } });
    expect(typesIn(racing)).toEqual(['order.placed', 'order.confirmed', 'order.cancelled']);
  });
});
