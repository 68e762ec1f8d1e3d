import { beforeEach, describe, expect, it } from 'vitest';
import { CommandBus } from '../../../src/core/cqrs/command-bus';
import {
  HandlerAlreadyRegisteredError,
  UnknownCommandError,
} from '../../../src/core/cqrs/cqrs-errors';
import type { CommandOutcome } from '../../../src/core/cqrs/handle-command';
import { MessageFactory } from '../../../src/core/messages/factory';
import {
  type OrderCommandError,
  registerOrderCommandHandlers,
} from '../../../src/core/order/order-command-handlers';
import { OrderNotFoundError } from '../../../src/core/order/order-errors';
import { InMemoryEventStore } from '../../../src/core/store/in-memory-event-store';
import { ManualClock } from '../../../src/core/time/clock';
import { SequentialIds } from '../../../src/core/time/ids';
import { cancelOrder, confirmOrder, placeOrder } from '../../support/order-fixtures';

let store: InMemoryEventStore;
let messages: MessageFactory;
let bus: CommandBus<CommandOutcome, OrderCommandError>;

const command = (c: { type: string; data: unknown }) =>
  messages.command(c.type, c.data, { source: 'api' });

beforeEach(() => {
  store = new InMemoryEventStore();
  messages = new MessageFactory(new ManualClock(), new SequentialIds());
  bus = new CommandBus();
  registerOrderCommandHandlers(bus, { store, messages, source: 'order-service' });
});

describe('given a command bus with the order handlers', () => {
  it('when PlaceOrder then ConfirmOrder are dispatched, then both are written through the store', async () => {
    const placed = await bus.dispatch(command(placeOrder('o-1')));
    const confirmed = await bus.dispatch(command(confirmOrder('o-1')));
    expect(placed).toMatchObject({ ok: true, value: { version: 1 } });
    expect(confirmed).toMatchObject({ ok: true, value: { version: 2 } });
    expect((await store.readAll()).map((event) => event.type)).toEqual([
      'order.placed',
      'order.confirmed',
    ]);
  });

  it('when a command is refused, then the handler’s typed error comes back, not a throw', async () => {
    const result = await bus.dispatch(command(cancelOrder('o-9')));
    expect(!result.ok && result.error).toBeInstanceOf(OrderNotFoundError);
  });

  it('when an unknown command is dispatched, then UnknownCommandError', async () => {
    const result = await bus.dispatch(command({ type: 'RefundOrder', data: {} }));
    expect(!result.ok && result.error).toBeInstanceOf(UnknownCommandError);
    expect(!result.ok && result.error.message).toBe(
      'No handler is registered for command "RefundOrder"',
    );
  });

  it('when a second handler is registered for one type, then it is rejected', () => {
    expect(() => bus.register('PlaceOrder', async () => ({ ok: false, error: never() }))).toThrow(
      HandlerAlreadyRegisteredError,
    );
  });

  it('when a handler is unregistered, then its type becomes unknown', async () => {
    const other = new CommandBus<string, never>();
    const unregister = other.register('Ping', async () => ({ ok: true, value: 'pong' }));
    expect(await other.dispatch(command({ type: 'Ping', data: {} }))).toEqual({
      ok: true,
      value: 'pong',
    });
    unregister();
    expect(other.handles('Ping')).toBe(false);
  });
});

function never(): never {
  throw new Error('not called');
}
