import { describe, expect, it } from 'vitest';
import { foldEvents } from '../../../src/core/cqrs/decider';
import { orderDecider } from '../../../src/core/order/order-decider';
import { evolveOrder } from '../../../src/core/order/order-evolve';
import { initialOrderState } from '../../../src/core/order/order-state';
import {
  orderCancelled,
  orderConfirmed,
  orderDelivered,
  orderPlaced,
  orderShipped,
  sampleItems,
  sampleTotal,
} from '../../support/order-fixtures';

const placedState = {
  status: 'pending',
  orderId: 'o-1',
  userId: 'u-1',
  items: sampleItems,
  total: sampleTotal,
  trackingNumber: null,
  cancelReason: null,
} as const;

describe('given the Order evolve function', () => {
  it('when order.placed is folded, then the order is pending with its lines and total', () => {
    expect(evolveOrder(initialOrderState, orderPlaced())).toEqual(placedState);
  });

  it('when the full lifecycle is folded, then it is delivered and keeps the tracking number', () => {
    const state = foldEvents(orderDecider, [
      orderPlaced(),
      orderConfirmed(),
      orderShipped('o-1', 'TRK-1'),
      orderDelivered(),
    ]);
    expect(state).toEqual({ ...placedState, status: 'delivered', trackingNumber: 'TRK-1' });
  });

  it('when order.cancelled is folded, then the reason is kept', () => {
    const state = foldEvents(orderDecider, [orderPlaced(), orderCancelled('o-1', 'fraud')]);
    expect(state).toEqual({ ...placedState, status: 'cancelled', cancelReason: 'fraud' });
  });

  it('when a status event comes before order.placed, then the order still does not exist', () => {
    expect(evolveOrder(initialOrderState, orderConfirmed())).toBe(initialOrderState);
  });

  it('when an event of another type is in the stream, then folding skips it', () => {
    const foreign = { type: 'payment.received', data: { orderId: 'o-1' } };
    expect(foldEvents(orderDecider, [orderPlaced(), foreign])).toEqual(placedState);
  });

  it('when folding, then the previous state object is not modified', () => {
    const before = evolveOrder(initialOrderState, orderPlaced());
    const frozen = Object.freeze({ ...before });
    const after = evolveOrder(frozen, orderConfirmed());
    expect(frozen.status).toBe('pending');
    expect(after.status).toBe('confirmed');
  });
});
