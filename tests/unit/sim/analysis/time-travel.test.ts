import { describe, expect, it } from 'vitest';
import type { EventEnvelope, StoredEvent } from '../../../../src/core/messages/event';
import { CheckpointedProjection } from '../../../../src/core/projections/checkpointed-projection';
import { orderListProjection } from '../../../../src/core/projections/order-list-projection';
import { orderStatisticsProjection } from '../../../../src/core/projections/order-statistics-projection';
import { InMemoryEventStore } from '../../../../src/core/store/in-memory-event-store';
import { createTimeTravel, type ReadAll } from '../../../../src/sim/analysis/time-travel';

/** A store holding `orders` orders' lifecycles, interleaved; about 3.6 events per order. */
function storeWithOrders(orders: number): InMemoryEventStore {
  const store = new InMemoryEventStore();
  let id = 0;
  const envelope = (type: string, data: object, time: number): EventEnvelope => ({
    id: `evt-${++id}`,
    type,
    time,
    schemaVersion: 1,
    source: 'orders',
    correlationId: `c-${id}`,
    causationId: null,
    metadata: {},
    data,
  });
  const items = [{ sku: 'S', quantity: 2, unitPrice: 700 }];
  const steps = ['order.confirmed', 'order.shipped', 'order.delivered'] as const;
  for (let n = 0; n < orders; n++) {
    const orderId = `o-${n}`;
    store.appendSync(`order-${orderId}`, [
      envelope('order.placed', { orderId, userId: `u-${n % 97}`, items, total: 1400 }, n * 10),
    ]);
    // Earlier orders move on while later ones are placed, so streams interleave in the log.
    const previous = `o-${n - 1}`;
    if (n > 0 && n % 5 === 0) {
      store.appendSync(`order-${previous}`, [
        envelope('order.cancelled', { orderId: previous, reason: 'payment failed' }, n * 10 + 1),
      ]);
    } else if (n > 0) {
      for (const type of steps) {
        const data =
          type === 'order.shipped'
            ? { orderId: previous, trackingNumber: `T-${n}` }
            : { orderId: previous };
        store.appendSync(`order-${previous}`, [envelope(type, data, n * 10 + 2)]);
      }
    }
  }
  return store;
}

/** The models after applying positions 1..position from scratch: what a jump must equal. */
function rebuiltAt(events: readonly StoredEvent[], position: number) {
  const list = new CheckpointedProjection(orderListProjection);
  const statistics = new CheckpointedProjection(orderStatisticsProjection);
  for (const event of events.slice(0, position)) {
    list.apply(event);
    statistics.apply(event);
  }
  return { orderList: list.model, statistics: statistics.model };
}

/** readAll that counts the events it hands out. */
function countingReader(store: InMemoryEventStore) {
  const counter = { read: 0 };
  const readAll: ReadAll = async (from, limit) => {
    const page = await store.readAll(from, limit);
    counter.read += page.length;
    return page;
  };
  return { readAll, counter };
}

describe('given a log of a few hundred order events indexed with a snapshot every 100 positions', () => {
  const store = storeWithOrders(120);
  const events = store.readAllSync();
  const head = events.length;

  it('when indexed, then snapshots sit at every multiple of the spacing', async () => {
    const travel = createTimeTravel((from, limit) => store.readAll(from, limit), {
      snapshotEvery: 100,
      pageSize: 37,
    });
    expect(await travel.indexUpTo(head)).toBe(head);
    expect(travel.snapshotPositions).toEqual(
      [100, 200, 300, 400].filter((position) => position <= head),
    );
  });

  it('when jumping to positions before, on and between snapshots, then the models equal a rebuild to there', async () => {
    const travel = createTimeTravel((from, limit) => store.readAll(from, limit), {
      snapshotEvery: 100,
      pageSize: 37,
    });
    await travel.indexUpTo(head);
    for (const position of [0, 1, 99, 100, 101, 257, head]) {
      const view = await travel.at(position, 'o-3');
      expect(view.position).toBe(position);
      expect({ orderList: view.orderList, statistics: view.statistics }).toEqual(
        rebuiltAt(events, position),
      );
    }
  });

  it('when a jump is made, then it replays at most the spacing and its models are its own', async () => {
    const { readAll, counter } = countingReader(store);
    const travel = createTimeTravel(readAll, { snapshotEvery: 100 });
    await travel.indexUpTo(head);
    counter.read = 0;
    const first = await travel.at(199);
    expect(counter.read).toBe(99);
    counter.read = 0;
    await travel.at(head);
    expect(counter.read).toBeLessThan(100);
    const statusBefore = JSON.stringify(first.orderList);
    await travel.at(150);
    expect(JSON.stringify(first.orderList)).toBe(statusBefore);
  });

  it('when an order is selected, then it shows as the order list had it then', async () => {
    const travel = createTimeTravel((from, limit) => store.readAll(from, limit), {
      snapshotEvery: 100,
    });
    const placedAt = events.find(
      (event) =>
        event.type === 'order.placed' && (event.data as { orderId: string }).orderId === 'o-3',
    )!.position;
    expect((await travel.at(placedAt - 1, 'o-3')).order).toBeNull();
    expect((await travel.at(placedAt, 'o-3')).order?.status).toBe('pending');
    expect((await travel.at(head, 'o-3')).order?.status).toBe('delivered');
    expect((await travel.at(head, 'o-4')).order?.status).toBe('cancelled');
  });

  it('when jumping past what is indexed or the log, then it indexes on demand and stops at the head', async () => {
    const travel = createTimeTravel((from, limit) => store.readAll(from, limit), {
      snapshotEvery: 100,
    });
    const [view, again] = await Promise.all([travel.at(head + 50), travel.indexUpTo(head)]);
    expect(view.position).toBe(head);
    expect(again).toBe(head);
    expect(travel.indexedPosition).toBe(head);
    expect((await travel.at(-5)).position).toBe(0);
  });

  it('when snapshots exceed their limit, then every other one goes and the spacing doubles', async () => {
    const travel = createTimeTravel((from, limit) => store.readAll(from, limit), {
      snapshotEvery: 20,
      maxSnapshots: 4,
    });
    await travel.indexUpTo(head);
    const positions = travel.snapshotPositions;
    expect(positions.length).toBeLessThanOrEqual(4);
    expect(
      positions.every((position, index) => position === (index + 1) * (positions[0] ?? 0)),
    ).toBe(true);
    const view = await travel.at(head - 3);
    expect(view.statistics).toEqual(rebuiltAt(events, head - 3).statistics);
  });

  it('when options are nonsense, then it refuses them by name', () => {
    const readAll: ReadAll = async () => [];
    expect(() => createTimeTravel(readAll, { snapshotEvery: 0 })).toThrow(/snapshotEvery/);
    expect(() => createTimeTravel(readAll, { pageSize: 1.5 })).toThrow(/pageSize/);
  });
});

describe('given a log of 100k events in the in-memory store', () => {
  it('when jumping anywhere, then no jump replays more than one spacing (timings printed)', async () => {
    const store = storeWithOrders(28_000);
    const head = store.headPositionSync();
    expect(head).toBeGreaterThanOrEqual(100_000);
    const { readAll, counter } = countingReader(store);
    const travel = createTimeTravel(readAll, { snapshotEvery: 10_000 });
    const indexStart = performance.now();
    await travel.indexUpTo(head);
    const indexMs = performance.now() - indexStart;
    const jumps: string[] = [];
    let worst = 0;
    for (const position of [head, 99_999, 55_555, 10_001, 5]) {
      counter.read = 0;
      const start = performance.now();
      const view = await travel.at(position);
      const ms = performance.now() - start;
      worst = Math.max(worst, ms);
      jumps.push(`${position}: ${ms.toFixed(1)} ms, ${counter.read} replayed`);
      expect(counter.read).toBeLessThan(10_000);
      expect(view.position).toBe(position);
    }
    console.log(
      `time travel over ${head} events: index ${indexMs.toFixed(0)} ms; jumps ${jumps.join('; ')}; worst ${worst.toFixed(1)} ms`,
    );
  });
});
