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
// exactly one event, accepted with none (a repeat of the command that led to the status), or
// refused with a specific error. The last tests check the table is complete.

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
  | 'invalid'
  | 'repeat';

const X = 'invalid' as const;
const R = 'repeat' as const;
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
    ConfirmOrder: R,
    ShipOrder: orderShipped('o-1', 'TRK-9'),
    DeliverOrder: X,
    CancelOrder: cancelled,
  },
  shipped: {
    PlaceOrder: exists,
    ConfirmOrder: X,
    ShipOrder: R,
    DeliverOrder: orderDelivered(),
    CancelOrder: X,
  },
  delivered: { PlaceOrder: exists, ConfirmOrder: X, ShipOrder: X, DeliverOrder: R, CancelOrder: X },
  'cancelled (from pending)': {
    PlaceOrder: exists,
    ConfirmOrder: X,
    ShipOrder: X,
    DeliverOrder: X,
    CancelOrder: R,
  },
  'cancelled (from confirmed)': {
    PlaceOrder: exists,
    ConfirmOrder: X,
    ShipOrder: X,
    DeliverOrder: X,
    CancelOrder: R,
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
            : expected === R
              ? 'is accepted as a repeat and records nothing'
              : `is refused with ${expected.name}`;
      it(`when ${type}, then it ${outcome}`, () => {
        const then = spec.given(history).when(commands[type]);
        if (typeof expected === 'object') then.then([expected]);
        else if (expected === R) then.then([]);
        else if (expected === X) then.thenFails(InvalidOrderTransitionError);
        else then.thenFails(expected);
      });
    }
  });
}

/** The table's cells (as `status:command`) whose expectation passes `keep`, sorted. */
function cellsWhere(keep: (expected: Expectation) => boolean): string[] {
  return Object.entries(table)
    .flatMap(([status, row]) =>
      Object.entries(row)
        .filter(([, expected]) => keep(expected))
        .map(([type]) => `${status}:${type}`),
    )
    .sort();
}

describe('the transition table', () => {
  it('covers every command from every status, and every status has a history', () => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(histories).sort());
    for (const row of Object.values(table)) {
      expect(Object.keys(row).sort()).toEqual([...orderCommandTypes].sort());
    }
  });

  it('accepts exactly the six lifecycle moves and nothing else', () => {
    expect(cellsWhere((expected) => typeof expected === 'object')).toEqual(
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

  it('accepts as a repeat exactly each lifecycle command on the status it leads to', () => {
    expect(cellsWhere((expected) => expected === R)).toEqual(
      [
        'confirmed:ConfirmOrder',
        'shipped:ShipOrder',
        'delivered:DeliverOrder',
        'cancelled (from pending):CancelOrder',
        'cancelled (from confirmed):CancelOrder',
      ].sort(),
    );
  });
});
