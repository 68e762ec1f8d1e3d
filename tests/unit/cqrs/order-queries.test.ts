import { describe, expect, it } from 'vitest';
import { WrongProjectionError } from '../../../src/core/cqrs/cqrs-errors';
import { askQuery } from '../../../src/core/cqrs/query';
import type { StoredEvent } from '../../../src/core/messages/event';
import { orderListProjection } from '../../../src/core/projections/order-list-projection';
import { orderQueries } from '../../../src/core/projections/order-queries';
import { orderStatisticsProjection } from '../../../src/core/projections/order-statistics-projection';
import { orderConfirmed, orderPlaced, sampleItems } from '../../support/order-fixtures';
import { projectionSpec } from '../../support/projection-spec';
import { storedHistory } from '../../support/stored-history';

const history = [
  orderPlaced('o-1', sampleItems, 'u-1'),
  orderPlaced('o-2', sampleItems, 'u-2'),
  orderConfirmed('o-1'),
  orderPlaced('o-3', sampleItems, 'u-1'),
];

describe('given the order list and the statistics after three orders, one confirmed', () => {
  const list = projectionSpec(orderListProjection).given(history);
  const statistics = projectionSpec(orderStatisticsProjection).given(history);

  it('when GetOrder is asked of the list, then the order comes back as the list has it', () => {
    const order = askQuery(orderQueries, { type: 'GetOrder', params: { orderId: 'o-1' } }, list);
    expect(order).toMatchObject({ orderId: 'o-1', userId: 'u-1', status: 'confirmed' });
  });

  it('when GetUserOrders and GetPendingOrders are asked, then each reads its index of the list', () => {
    const ofUser = askQuery(
      orderQueries,
      { type: 'GetUserOrders', params: { userId: 'u-1' } },
      list,
    );
    const pending = askQuery(orderQueries, { type: 'GetPendingOrders', params: {} }, list);
    expect(ofUser.map((order) => order.orderId)).toEqual(['o-1', 'o-3']);
    expect(pending.map((order) => order.orderId)).toEqual(['o-2', 'o-3']);
  });

  it('when GetOrderStatistics is asked of the statistics, then the counts are by status', () => {
    const answer = askQuery(orderQueries, { type: 'GetOrderStatistics', params: {} }, statistics);
    expect(answer).toMatchObject({ totalOrders: 3, byStatus: { pending: 2, confirmed: 1 } });
  });

  it('when an answer is kept and the list moves on, then the answer still shows what was asked', () => {
    const running = projectionSpec(orderListProjection).given(history.slice(0, 2));
    const query = { type: 'GetOrder', params: { orderId: 'o-1' } } as const;
    const before = askQuery(orderQueries, query, running);
    running.apply(storedHistory([{ event: orderConfirmed('o-1') }], 3)[0] as StoredEvent);
    expect(before?.status).toBe('pending');
    expect(askQuery(orderQueries, query, running)?.status).toBe('confirmed');
  });

  it('when a query is handed the model of another projection, then WrongProjectionError names both', () => {
    expect(() =>
      askQuery(orderQueries, { type: 'GetOrder', params: { orderId: 'o-1' } }, statistics),
    ).toThrow(WrongProjectionError);
    expect(() => askQuery(orderQueries, { type: 'GetOrderStatistics', params: {} }, list)).toThrow(
      'Query "GetOrderStatistics" reads projection "order-statistics", not "order-list"',
    );
  });
});
