import { describe, expect, it } from 'vitest';
import type { OrderLine } from '../../../src/core/order/order-commands';
import {
  msPerDay,
  orderStatisticsProjection,
} from '../../../src/core/projections/order-statistics-projection';
import { orderStatistics } from '../../../src/core/projections/order-statistics-queries';
import {
  orderCancelled,
  orderConfirmed,
  orderDelivered,
  orderPlaced,
  orderShipped,
} from '../../support/order-fixtures';
import { projectionSpec } from '../../support/projection-spec';

const spec = projectionSpec(orderStatisticsProjection);
const worth = (cents: number): OrderLine[] => [{ sku: 'S', quantity: 1, unitPrice: cents }];
const statsOf = (history: Parameters<typeof spec.given>[0]) =>
  orderStatistics(spec.given(history).model);

describe('given no events', () => {
  it('when read, then everything is zero and the average is 0, not NaN', () => {
    expect(statsOf([])).toEqual({
      totalOrders: 0,
      byStatus: { pending: 0, confirmed: 0, shipped: 0, delivered: 0, cancelled: 0 },
      revenue: 0,
      placedRevenue: 0,
      cancelledRevenue: 0,
      averageOrderValue: 0,
      ordersPerDay: {},
    });
  });
});

describe('given one order placed', () => {
  const placed = orderPlaced('o-1', worth(1000));

  it('when read, then it is pending and its total is revenue', () => {
    expect(statsOf([placed])).toMatchObject({
      totalOrders: 1,
      byStatus: { pending: 1, confirmed: 0 },
      revenue: 1000,
      averageOrderValue: 1000,
    });
  });

  it('when it is confirmed, then pending decreases and confirmed increases (the seed missed this)', () => {
    expect(statsOf([placed, orderConfirmed()]).byStatus).toEqual({
      pending: 0,
      confirmed: 1,
      shipped: 0,
      delivered: 0,
      cancelled: 0,
    });
  });

  it('when it is shipped, then it moves from confirmed to shipped', () => {
    expect(statsOf([placed, orderConfirmed(), orderShipped()]).byStatus).toEqual({
      pending: 0,
      confirmed: 0,
      shipped: 1,
      delivered: 0,
      cancelled: 0,
    });
  });

  it('when it is delivered, then it moves from shipped to delivered and revenue stays', () => {
    const stats = statsOf([placed, orderConfirmed(), orderShipped(), orderDelivered()]);
    expect(stats.byStatus).toEqual({
      pending: 0,
      confirmed: 0,
      shipped: 0,
      delivered: 1,
      cancelled: 0,
    });
    expect(stats.revenue).toBe(1000);
  });

  it('when it is cancelled while pending, then pending moves to cancelled and revenue is 0', () => {
    expect(statsOf([placed, orderCancelled()])).toMatchObject({
      totalOrders: 1,
      byStatus: { pending: 0, cancelled: 1 },
      placedRevenue: 1000,
      cancelledRevenue: 1000,
      revenue: 0,
      averageOrderValue: 0,
    });
  });

  it('when it is cancelled after confirmation, then confirmed (not pending) decreases', () => {
    expect(statsOf([placed, orderConfirmed(), orderCancelled()]).byStatus).toEqual({
      pending: 0,
      confirmed: 0,
      shipped: 0,
      delivered: 0,
      cancelled: 1,
    });
  });
});

describe('given several orders over three virtual days', () => {
  const stats = statsOf([
    { event: orderPlaced('o-1', worth(1000)), time: 0 },
    { event: orderPlaced('o-2', worth(3000)), time: msPerDay - 1 },
    { event: orderPlaced('o-3', worth(5000)), time: msPerDay },
    { event: orderConfirmed('o-1'), time: msPerDay + 5 },
    { event: orderCancelled('o-3'), time: msPerDay + 6 },
    { event: orderPlaced('o-4', worth(2000)), time: 3 * msPerDay + 1 },
  ]);

  it('when read, then orders are counted per day of placement (day = floor(time / 86_400_000))', () => {
    expect(stats.ordersPerDay).toEqual({ '0': 2, '1': 1, '3': 1 });
  });

  it('when read, then revenue excludes the cancelled order and the average is over the rest', () => {
    expect(stats.placedRevenue).toBe(11_000);
    expect(stats.cancelledRevenue).toBe(5000);
    expect(stats.revenue).toBe(6000);
    expect(stats.averageOrderValue).toBe(2000);
  });

  it('when read, then status counts sum to the total', () => {
    expect(stats.totalOrders).toBe(4);
    expect(stats.byStatus).toEqual({
      pending: 2,
      confirmed: 1,
      shipped: 0,
      delivered: 0,
      cancelled: 1,
    });
  });
});

describe('given the statistics answer', () => {
  it('when the model changes later, then an earlier answer does not', () => {
    const running = spec.given([orderPlaced('o-1', worth(1000))]);
    const before = orderStatistics(running.model);
    running.model.byStatus.pending = 99;
    running.model.ordersPerDay['0'] = 99;
    expect(before.byStatus.pending).toBe(1);
    expect(before.ordersPerDay).toEqual({ '0': 1 });
  });
});
