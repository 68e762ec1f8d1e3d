import { describe, expect, it } from 'vitest';
import { orderListProjection } from '../../../src/core/projections/order-list-projection';
import {
  getOrder,
  ordersOfUser,
  pendingOrders,
} from '../../../src/core/projections/order-list-queries';
import {
  orderCancelled,
  orderConfirmed,
  orderDelivered,
  orderPlaced,
  orderShipped,
  sampleItems,
} from '../../support/order-fixtures';
import { projectionSpec } from '../../support/projection-spec';

const spec = projectionSpec(orderListProjection);

describe('given one placed order', () => {
  const running = spec.given([{ event: orderPlaced('o-1', sampleItems, 'u-1'), time: 5_000 }]);

  it('when read, then the row has the user, totals, counts, time and position', () => {
    expect(getOrder(running.model, 'o-1')).toEqual({
      orderId: 'o-1',
      userId: 'u-1',
      status: 'pending',
      total: 3000,
      lineCount: 2,
      unitCount: 3,
      trackingNumber: null,
      cancelReason: null,
      placedAt: 5_000,
      updatedAt: 5_000,
      placedPosition: 1,
    });
    expect(running.checkpoint).toBe(1);
  });

  it('when an unknown order is read, then the answer is null', () => {
    expect(getOrder(running.model, 'o-404')).toBeNull();
  });

  it('when a returned row is changed by the caller, then the model is not', () => {
    const row = getOrder(running.model, 'o-1');
    if (row) row.status = 'delivered';
    expect(getOrder(running.model, 'o-1')?.status).toBe('pending');
  });
});

describe('given orders of two users moving through their lifecycles', () => {
  const running = spec.given([
    { event: orderPlaced('o-1', sampleItems, 'u-1'), time: 10 },
    { event: orderPlaced('o-2', sampleItems, 'u-2'), time: 20 },
    { event: orderPlaced('o-3', sampleItems, 'u-1'), time: 30 },
    { event: orderConfirmed('o-1'), time: 40 },
    { event: orderShipped('o-1', 'TRK-1'), time: 50 },
    { event: orderDelivered('o-1'), time: 60 },
    { event: orderCancelled('o-2', 'no stock'), time: 70 },
    { event: orderPlaced('o-4', sampleItems, 'u-2'), time: 80 },
  ]);

  it('when a user’s orders are asked for, then they come oldest first', () => {
    expect(ordersOfUser(running.model, 'u-1').map((row) => row.orderId)).toEqual(['o-1', 'o-3']);
    expect(ordersOfUser(running.model, 'u-2').map((row) => row.orderId)).toEqual(['o-2', 'o-4']);
    expect(ordersOfUser(running.model, 'u-9')).toEqual([]);
  });

  it('when pending orders are asked for, then confirmed and cancelled ones are excluded', () => {
    expect(pendingOrders(running.model).map((row) => row.orderId)).toEqual(['o-3', 'o-4']);
  });

  it('when the delivered order is read, then it keeps its tracking number and update time', () => {
    expect(getOrder(running.model, 'o-1')).toMatchObject({
      status: 'delivered',
      trackingNumber: 'TRK-1',
      placedAt: 10,
      updatedAt: 60,
    });
  });

  it('when the cancelled order is read, then it has the reason', () => {
    expect(getOrder(running.model, 'o-2')).toMatchObject({
      status: 'cancelled',
      cancelReason: 'no stock',
    });
  });
});

describe('given ids that are special names on plain objects', () => {
  const running = spec.given([
    orderPlaced('__proto__', sampleItems, 'constructor'),
    orderPlaced('toString', sampleItems, '__proto__'),
  ]);

  it('when read, then they are ordinary keys', () => {
    expect(getOrder(running.model, '__proto__')?.userId).toBe('constructor');
    expect(getOrder(running.model, 'hasOwnProperty')).toBeNull();
    expect(ordersOfUser(running.model, 'constructor').map((row) => row.orderId)).toEqual([
      '__proto__',
    ]);
    expect(ordersOfUser(running.model, '__proto__').map((row) => row.orderId)).toEqual([
      'toString',
    ]);
    expect(pendingOrders(running.model)).toHaveLength(2);
  });

  it('when the model goes through JSON, then the keys survive', () => {
    const copy = JSON.parse(JSON.stringify(running.model));
    expect(getOrder(copy, '__proto__')?.orderId).toBe('__proto__');
  });
});

describe('given a status event for an order never placed', () => {
  it('when applied, then no row is invented but the checkpoint moves', () => {
    const running = spec.given([orderConfirmed('ghost')]);
    expect(getOrder(running.model, 'ghost')).toBeNull();
    expect(running.checkpoint).toBe(1);
  });
});
