import { beforeEach, describe, expect, it } from 'vitest';
import { ConcurrencyError } from '../../../src/core/errors/errors';
import { MessageFactory } from '../../../src/core/messages/factory';
import {
  handleOrderCommand,
  handleOrderCommandSync,
  type OrderCommandEnvelope,
  type OrderServiceDeps,
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
let deps: OrderServiceDeps;

const envelopeOf = (command: OrderCommand): OrderCommandEnvelope =>
  messages.command(command.type, command.data, { source: 'api' }) as OrderCommandEnvelope;

beforeEach(() => {
  store = new InMemoryEventStore();
  clock = new ManualClock(1_000);
  messages = new MessageFactory(clock, new SequentialIds());
  deps = { store, messages, source: 'order-service' };
});

describe('given an empty store', () => {
  it('when PlaceOrder is handled, then order.placed is stored with the command as its cause', async () => {
    const command = envelopeOf(placeOrder('o-1'));
    clock.advanceTo(2_500);
    const result = await handleOrderCommand(command, deps);
    expect(result.ok).toBe(true);
    const [stored] = await store.readStream('order-o-1');
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

  it('when ShipOrder is handled for a pending order, then it is refused and nothing is stored', async () => {
    await handleOrderCommand(envelopeOf(placeOrder()), deps);
    const result = await handleOrderCommand(envelopeOf(shipOrder()), deps);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toBeInstanceOf(InvalidOrderTransitionError);
    expect(await store.headPosition()).toBe(1);
  });
});

/** A store whose first append loses a race: another writer confirms the order just before it. */
function storeWithRival(rivalCommand: OrderCommand): InMemoryEventStore {
  const racing = new InMemoryEventStore();
  const append = racing.append.bind(racing);
  let raced = false;
  racing.append = async (streamId, events, options) => {
    if (!raced && streamId === 'order-o-1' && (await racing.streamVersion(streamId)) === 1) {
      raced = true;
      await handleOrderCommand(envelopeOf(rivalCommand), { ...deps, store: racing });
    }
    return append(streamId, events, options);
  };
  return racing;
}

describe('given a rival writer that changes the order between load and append', () => {
  it('when no retries are allowed, then the result is a ConcurrencyError', async () => {
    const racing = storeWithRival(confirmOrder());
    await handleOrderCommand(envelopeOf(placeOrder()), { ...deps, store: racing });
    const result = await handleOrderCommand(envelopeOf(confirmOrder()), { ...deps, store: racing });
    expect(!result.ok && result.error).toBeInstanceOf(ConcurrencyError);
    expect(await racing.streamVersion('order-o-1')).toBe(2);
  });

  it('when a retry is allowed, then the command is decided again on fresh state', async () => {
    const racing = storeWithRival(confirmOrder());
    const retrying = { ...deps, store: racing, retriesOnConcurrency: 1 };
    await handleOrderCommand(envelopeOf(placeOrder()), retrying);
    // The rival confirmed first, so on fresh state this "confirm" is a repeat: nothing to record.
    const result = await handleOrderCommand(envelopeOf(confirmOrder()), retrying);
    expect(result).toMatchObject({ ok: true, value: { events: [], version: 2, attempts: 2 } });
  });

  it('when a retry is allowed and the command still fits, then it succeeds on attempt 2', async () => {
    const racing = storeWithRival(confirmOrder());
    const retrying = { ...deps, store: racing, retriesOnConcurrency: 1 };
    await handleOrderCommand(envelopeOf(placeOrder()), retrying);
    // Cancel fits both before (pending) and after (confirmed) the rival's write.
    const result = await handleOrderCommand(envelopeOf(cancelOrder()), retrying);
    expect(result).toMatchObject({ ok: true, value: { version: 3, attempts: 2 } });
    const types = (await racing.readStream('order-o-1')).map((event) => event.type);
    expect(types).toEqual(['order.placed', 'order.confirmed', 'order.cancelled']);
  });
});

describe('given the synchronous handler', () => {
  it('when a lifecycle runs, then it writes the same events as the async one', async () => {
    const syncStore = new InMemoryEventStore();
    for (const command of [placeOrder(), confirmOrder(), shipOrder('o-1', 'T')]) {
      const result = handleOrderCommandSync(envelopeOf(command), syncStore, deps);
      expect(result.ok).toBe(true);
    }
    const repeated = handleOrderCommandSync(envelopeOf(shipOrder('o-1', 'T')), syncStore, deps);
    expect(repeated).toMatchObject({ ok: true, value: { events: [] } });
    expect(syncStore.readStreamSync('order-o-1').map((event) => event.type)).toEqual([
      'order.placed',
      'order.confirmed',
      'order.shipped',
    ]);
  });
});
