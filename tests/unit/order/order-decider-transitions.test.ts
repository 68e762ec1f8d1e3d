import { describe, expect, it } from 'vitest';
import type { OrderCommand, OrderCommandType } from '../../../src/core/order/order-commands';
import { orderCommandTypes } from '../../../src/core/order/order-commands';
import { orderDecider } from '../../../src/core/order/order-decider';
import {
  InvalidOrderTransitionError,
  OrderAlreadyExistsError,
  OrderNotFoundError,
} from '../../../src/core/order/order-errors';
import type { OrderEvent } from '../../../src/core/order/order-events';
import { deciderSpec } from '../../support/decider-spec';
import {
  cancelOrder,
  confirmOrder,
  deliverOrder,
  orderCancelled,
  orderConfirmed,
  orderDelivered,
  orderPlaced,
  orderShipped,
  placeOrder,
  shipOrder,
} from '../../support/order-fixtures';

// The whole state machine, cell by cell: every (status, command) pair is either accepted with
// exactly one event or refused with a specific error. The last test checks the table is complete.

const histories: Record<string, readonly OrderEvent[]> = {
  none: [],
  pending: [orderPlaced()],
  confirmed: [orderPlaced(), orderConfirmed()],
  shipped: [orderPlaced(), orderConfirmed(), orderShipped('o-1', 'TRK-1')],
  delivered: [orderPlaced(), orderConfirmed(), orderShipped(), orderDelivered()],
  'cancelled (from pending)': [orderPlaced(), orderCancelled()],
  'cancelled (from confirmed)': [orderPlaced(), orderConfirmed(), orderCancelled()],
};

const commands: Record<OrderCommandType, OrderCommand> = {
  PlaceOrder: placeOrder(),
  ConfirmOrder: confirmOrder(),
  ShipOrder: shipOrder('o-1', 'TRK-9'),
  DeliverOrder: deliverOrder(),
  CancelOrder: cancelOrder('o-1', 'out of stock'),
};

type Expectation =
  | OrderEvent
  | typeof OrderNotFoundError
  | typeof OrderAlreadyExistsError
  | 'invalid';

const X = 'invalid' as const;
const exists = OrderAlreadyExistsError;
const missing = OrderNotFoundError;
const cancelled = orderCancelled('o-1', 'out of stock');

const table: Record<string, Record<OrderCommandType, Expectation>> = {
  none: {
    PlaceOrder: orderPlaced(),
    ConfirmOrder: missing,
    ShipOrder: missing,
    DeliverOrder: missing,
    CancelOrder: missing,
  },
  pending: {
    PlaceOrder: exists,
    ConfirmOrder: orderConfirmed(),
    ShipOrder: X,
    DeliverOrder: X,
    CancelOrder: cancelled,
  },
  confirmed: {
    PlaceOrder: exists,
    ConfirmOrder: X,
    ShipOrder: orderShipped('o-1', 'TRK-9'),
    DeliverOrder: X,
    CancelOrder: cancelled,
  },
  shipped: {
    PlaceOrder: exists,
    ConfirmOrder: X,
    ShipOrder: X,
    DeliverOrder: orderDelivered(),
    CancelOrder: X,
  },
  delivered: { PlaceOrder: exists, ConfirmOrder: X, ShipOrder: X, DeliverOrder: X, CancelOrder: X },
  'cancelled (from pending)': {
    PlaceOrder: exists,
    ConfirmOrder: X,
    ShipOrder: X,
    DeliverOrder: X,
    CancelOrder: X,
  },
  'cancelled (from confirmed)': {
    PlaceOrder: exists,
    ConfirmOrder: X,
    ShipOrder: X,
    DeliverOrder: X,
    CancelOrder: X,
  },
};

const spec = deciderSpec(orderDecider);

for (const [status, row] of Object.entries(table)) {
  describe(`given an order that is ${status}`, () => {
    for (const type of orderCommandTypes) {
      const expected = row[type];
      const history = histories[status] ?? [];
      const outcome =
        typeof expected === 'object'
          ? `records ${expected.type}`
          : expected === X
            ? 'is refused as an invalid transition'
            : `is refused with ${expected.name}`;
      it(`when ${type}, then it ${outcome}`, () => {
        const then = spec.given(history).when(commands[type]);
        if (typeof expected === 'object') then.then([expected]);
        else if (expected === X) then.thenFails(InvalidOrderTransitionError);
        else then.thenFails(expected);
      });
    }
  });
}

describe('the transition table', () => {
  it('covers every command from every status, and every status has a history', () => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(histories).sort());
    for (const row of Object.values(table)) {
      expect(Object.keys(row).sort()).toEqual([...orderCommandTypes].sort());
    }
  });

  it('accepts exactly the six lifecycle moves and nothing else', () => {
    const accepted = Object.entries(table).flatMap(([status, row]) =>
      Object.entries(row)
        .filter(([, expected]) => typeof expected === 'object')
        .map(([type]) => `${status}:${type}`),
    );
    expect(accepted.sort()).toEqual(
      [
        'none:PlaceOrder',
        'pending:ConfirmOrder',
        'pending:CancelOrder',
        'confirmed:ShipOrder',
        'confirmed:CancelOrder',
        'shipped:DeliverOrder',
      ].sort(),
    );
  });
});
