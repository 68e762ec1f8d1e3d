import { beforeEach, describe, expect, it } from 'vitest';
import { StaleReadError, UnknownQueryError } from '../../../src/core/cqrs/cqrs-errors';
import { QueryBus } from '../../../src/core/cqrs/query-bus';
import { MessageFactory } from '../../../src/core/messages/factory';
import { orderListProjection } from '../../../src/core/projections/order-list-projection';
import {
  type OrderQueryCatalog,
  registerOrderQueries,
} from '../../../src/core/projections/order-queries';
import { orderStatisticsProjection } from '../../../src/core/projections/order-statistics-projection';
import { ProjectionManager } from '../../../src/core/projections/projection-manager';
import { InMemoryEventStore } from '../../../src/core/store/in-memory-event-store';
import { ManualClock } from '../../../src/core/time/clock';
import { SequentialIds } from '../../../src/core/time/ids';
import { orderConfirmed, orderPlaced } from '../../support/order-fixtures';

let store: InMemoryEventStore;
let manager: ProjectionManager;
let bus: QueryBus<OrderQueryCatalog>;
let catchUps: number[];
const messages = new MessageFactory(new ManualClock(), new SequentialIds());

async function write(event: { type: string; data: { orderId: string } }): Promise<number> {
  const envelope = messages.event(event.type, event.data, { source: 'test' });
  const result = await store.append(`order-${event.data.orderId}`, [envelope]);
  return result.appended[0]?.position ?? 0;
}

beforeEach(async () => {
  store = new InMemoryEventStore();
  manager = new ProjectionManager();
  const orderList = manager.register(orderListProjection);
  const statistics = manager.register(orderStatisticsProjection);
  catchUps = [];
  bus = new QueryBus<OrderQueryCatalog>({
    catchUp: async (minPosition) => {
      catchUps.push(minPosition);
      await manager.catchUp(store);
    },
  });
  registerOrderQueries(bus, { orderList, statistics });
  await write(orderPlaced('o-1'));
  await manager.catchUp(store);
});

describe('given projections at position 1 and a write at position 2 not yet projected', () => {
  let written: number;
  beforeEach(async () => {
    written = await write(orderConfirmed('o-1'));
  });

  it('when read eventually, then the old state comes back with the position it reflects', async () => {
    const answer = await bus.ask({ type: 'GetOrder', params: { orderId: 'o-1' } });
    expect(answer).toMatchObject({ ok: true, value: { position: 1, stale: false } });
    expect(answer.ok && answer.value.data?.status).toBe('pending');
  });

  it('when read with minPosition (default), then StaleReadError says where the projection is', async () => {
    const answer = await bus.ask({
      type: 'GetOrder',
      params: { orderId: 'o-1' },
      consistency: { minPosition: written },
    });
    expect(!answer.ok && answer.error).toBeInstanceOf(StaleReadError);
    expect(!answer.ok && answer.error.message).toBe(
      'Query "GetOrder" needs projection "order-list" at position 2 or later, but it is at 1',
    );
    expect(bus.counters).toEqual({ queries: 1, staleReads: 1, waits: 0 });
  });

  it('when read with minPosition and whenStale flag, then the answer is flagged stale', async () => {
    const answer = await bus.ask({
      type: 'GetOrderStatistics',
      params: {},
      consistency: { minPosition: written, whenStale: 'flag' },
    });
    expect(answer).toMatchObject({ ok: true, value: { position: 1, stale: true } });
    expect(bus.counters.staleReads).toBe(1);
  });

  it('when read with minPosition and whenStale wait, then it catches up and answers fresh', async () => {
    const answer = await bus.ask({
      type: 'GetOrder',
      params: { orderId: 'o-1' },
      consistency: { minPosition: written, whenStale: 'wait' },
    });
    expect(answer).toMatchObject({ ok: true, value: { position: 2, stale: false } });
    expect(answer.ok && answer.value.data?.status).toBe('confirmed');
    expect(catchUps).toEqual([2]);
    expect(bus.counters).toEqual({ queries: 1, staleReads: 0, waits: 1 });
  });

  it('when waiting cannot reach minPosition, then StaleReadError says it waited', async () => {
    const answer = await bus.ask({
      type: 'GetPendingOrders',
      params: {},
      consistency: { minPosition: 99, whenStale: 'wait' },
    });
    expect(!answer.ok && answer.error.message).toMatch(/at 2 even after catching up$/);
  });
});

describe('given projections that are up to date', () => {
  it('when read with a reached minPosition, then the answer is fresh and nothing waits', async () => {
    const answer = await bus.ask({
      type: 'GetUserOrders',
      params: { userId: 'u-1' },
      consistency: { minPosition: 1, whenStale: 'wait' },
    });
    expect(answer).toMatchObject({ ok: true, value: { position: 1, stale: false } });
    expect(answer.ok && answer.value.data.map((row) => row.orderId)).toEqual(['o-1']);
    expect(catchUps).toEqual([]);
  });

  it('when statistics are read, then they come from the statistics projection', async () => {
    const answer = await bus.ask({ type: 'GetOrderStatistics', params: {} });
    expect(answer.ok && answer.value.data.byStatus.pending).toBe(1);
  });

  it('when an unregistered query type is asked, then UnknownQueryError', async () => {
    const loose = bus as unknown as QueryBus<Record<string, { params: unknown; result: unknown }>>;
    const answer = await loose.ask({ type: 'GetInvoices', params: {} });
    expect(!answer.ok && answer.error).toBeInstanceOf(UnknownQueryError);
  });
});

describe('given a bus without a catch-up hook', () => {
  it('when a read asks to wait, then it fails at once without claiming to have waited', async () => {
    const bare = new QueryBus<OrderQueryCatalog>();
    const idle = new ProjectionManager();
    registerOrderQueries(bare, {
      orderList: idle.register(orderListProjection),
      statistics: idle.register(orderStatisticsProjection),
    });
    const answer = await bare.ask({
      type: 'GetOrder',
      params: { orderId: 'o-1' },
      consistency: { minPosition: 1, whenStale: 'wait' },
    });
    expect(!answer.ok && answer.error).toMatchObject({ code: 'stale-read', waited: false });
  });
});
