import { describe, it } from 'vitest';
import { orderDecider } from '../../../src/core/order/order-decider';
import {
  EmptyOrderError,
  InvalidOrderTransitionError,
  InvalidPriceError,
  InvalidQuantityError,
  OrderAlreadyExistsError,
  OrderNotFoundError,
} from '../../../src/core/order/order-errors';
import { deciderSpec } from '../../support/decider-spec';
import {
  cancelOrder,
  confirmOrder,
  deliverOrder,
  orderCancelled,
  orderConfirmed,
  orderPlaced,
  orderShipped,
  placeOrder,
  sampleItems,
  sampleTotal,
  shipOrder,
} from '../../support/order-fixtures';

const spec = deciderSpec(orderDecider);

describe('given no order', () => {
  it('when PlaceOrder, then order.placed carries the user, the lines and the total in cents', () => {
    spec
      .given([])
      .when(placeOrder('o-7', sampleItems, 'u-3'))
      .then([
        {
          type: 'order.placed',
          data: { orderId: 'o-7', userId: 'u-3', items: sampleItems, total: sampleTotal },
        },
      ]);
  });

  it('when PlaceOrder with free items, then the total is 0', () => {
    const free = [{ sku: 'GIFT', quantity: 3, unitPrice: 0 }];
    spec
      .given([])
      .when(placeOrder('o-1', free))
      .then([orderPlaced('o-1', free)]);
  });

  it('when PlaceOrder with no items, then EmptyOrderError', () => {
    spec
      .given([])
      .when(placeOrder('o-1', []))
      .thenFails(EmptyOrderError, 'Cannot place order o-1: it has no items');
  });

  for (const quantity of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
    it(`when a line has quantity ${quantity}, then InvalidQuantityError names the sku`, () => {
      spec
        .given([])
        .when(placeOrder('o-1', [...sampleItems, { sku: 'BAD', quantity, unitPrice: 100 }]))
        .thenFails(
          InvalidQuantityError,
          `quantity of BAD must be a positive whole number, got ${quantity}`,
        );
    });
  }

  for (const unitPrice of [-1, 9.99, Number.NaN]) {
    it(`when a line has unit price ${unitPrice}, then InvalidPriceError names the sku`, () => {
      spec
        .given([])
        .when(placeOrder('o-1', [{ sku: 'BAD', quantity: 1, unitPrice }]))
        .thenFails(
          InvalidPriceError,
          `unit price of BAD must be a whole non-negative number of cents`,
        );
    });
  }

  it('when ConfirmOrder, then OrderNotFoundError says to place it first', () => {
    spec
      .given([])
      .when(confirmOrder('o-2'))
      .thenFails(
        OrderNotFoundError,
        'Cannot confirm order o-2: it does not exist (place it first)',
      );
  });
});

describe('given a pending order', () => {
  const history = [orderPlaced()];

  it('when PlaceOrder again, then OrderAlreadyExistsError says its status', () => {
    spec
      .given(history)
      .when(placeOrder())
      .thenFails(
        OrderAlreadyExistsError,
        'Cannot place order o-1: it already exists and is pending',
      );
  });

  it('when ShipOrder, then the refusal says to confirm it first', () => {
    spec
      .given(history)
      .when(shipOrder())
      .thenFails(
        InvalidOrderTransitionError,
        'Cannot ship order o-1: it is pending (confirm it first)',
      );
  });

  it('when DeliverOrder, then the refusal says to confirm and ship it first', () => {
    spec
      .given(history)
      .when(deliverOrder())
      .thenFails(InvalidOrderTransitionError, 'it is pending (confirm and ship it first)');
  });

  it('when CancelOrder, then the state is cancelled with the reason', () => {
    spec.given(history).when(cancelOrder('o-1', 'changed mind')).thenState({
      status: 'cancelled',
      orderId: 'o-1',
      userId: 'u-1',
      items: sampleItems,
      total: sampleTotal,
      trackingNumber: null,
      cancelReason: 'changed mind',
    });
  });
});

describe('given a confirmed order', () => {
  const history = [orderPlaced(), orderConfirmed()];

  it('when ConfirmOrder again (a duplicate delivery or a saga retry), then it is accepted and records nothing', () => {
    spec.given(history).when(confirmOrder()).then([]);
  });

  it('when ShipOrder without a tracking number, then order.shipped has trackingNumber null', () => {
    spec
      .given(history)
      .when(shipOrder())
      .then([orderShipped('o-1', null)]);
  });

  it('when DeliverOrder, then the refusal says to ship it first', () => {
    spec
      .given(history)
      .when(deliverOrder())
      .thenFails(InvalidOrderTransitionError, '(ship it first)');
  });
});

describe('given a shipped order', () => {
  it('when CancelOrder, then the refusal says shipped orders cannot be cancelled', () => {
    spec
      .given([orderPlaced(), orderConfirmed(), orderShipped()])
      .when(cancelOrder())
      .thenFails(
        InvalidOrderTransitionError,
        'Cannot cancel order o-1: it is shipped (an order cannot be cancelled once shipped)',
      );
  });
});

describe('given a cancelled order', () => {
  it('when CancelOrder again, then it is accepted and records nothing', () => {
    spec
      .given([orderPlaced(), orderCancelled()])
      .when(cancelOrder('o-1', 'another reason'))
      .then([]);
  });

  it('when ConfirmOrder, then the refusal says a cancelled order is final', () => {
    spec
      .given([orderPlaced(), orderCancelled()])
      .when(confirmOrder())
      .thenFails(
        InvalidOrderTransitionError,
        'Cannot confirm order o-1: it is cancelled (a cancelled order is final)',
      );
  });
});
