import { beforeEach, describe, expect, it } from 'vitest';
import type { DecidedEvent } from '../../../src/core/cqrs/decider';
import { MessageFactory } from '../../../src/core/messages/factory';
import { orderListProjection } from '../../../src/core/projections/order-list-projection';
import { getOrder, pendingOrders } from '../../../src/core/projections/order-list-queries';
import { orderStatisticsProjection } from '../../../src/core/projections/order-statistics-projection';
import { DuplicateProjectionError } from '../../../src/core/projections/projection-errors';
import { ProjectionManager } from '../../../src/core/projections/projection-manager';
import { InMemoryEventStore } from '../../../src/core/store/in-memory-event-store';
import { ManualClock } from '../../../src/core/time/clock';
import { SequentialIds } from '../../../src/core/time/ids';
import { orderConfirmed, orderPlaced } from '../../support/order-fixtures';

let store: InMemoryEventStore;
const messages = new MessageFactory(new ManualClock(), new SequentialIds());

/** Appends each event to its order's stream, as the order service would. */
async function write(...events: (DecidedEvent & { data: { orderId: string } })[]): Promise<void> {
  for (const event of events) {
    const envelope = messages.event(event.type, event.data, { source: 'test' });
    await store.append(`order-${event.data.orderId}`, [envelope]);
  }
}

/** Also a non-order event, which projections skip but whose position they pass. */
async function writeForeign(): Promise<void> {
  await store.append('payment-1', [messages.event('payment.received', {}, { source: 'test' })]);
}

beforeEach(() => {
  store = new InMemoryEventStore();
});

/** Polls page after page until a short page says the head is reached; returns the events read. */
function pollToHead(manager: ProjectionManager, pageSize = 1_000): number {
  let read = 0;
  for (;;) {
    const step = manager.pollSync(store, pageSize);
    read += step.read;
    if (step.read < pageSize) return read;
  }
}

describe('given a manager with the two order projections', () => {
  let manager: ProjectionManager;
  beforeEach(() => {
    manager = new ProjectionManager();
    manager.register(orderListProjection);
    manager.register(orderStatisticsProjection);
  });

  it('when one is registered twice, then DuplicateProjectionError', () => {
    expect(() => manager.register(orderListProjection)).toThrow(DuplicateProjectionError);
  });

  it('when polled to the head in small pages, then every event is read once and checkpoints reach the head', async () => {
    await write(orderPlaced('o-1'), orderPlaced('o-2'));
    await writeForeign();
    await write(orderConfirmed('o-1'), orderPlaced('o-3'));
    expect(pollToHead(manager, 2)).toBe(5);
    expect(manager.projections.map((entry) => entry.checkpoint)).toEqual([5, 5]);
    const [list] = manager.projections;
    const model = list?.model as Parameters<typeof pendingOrders>[0];
    expect(pendingOrders(model).map((row) => row.orderId)).toEqual(['o-2', 'o-3']);
  });

  it('when polled to the head twice, then the second catch-up reads only the new events', async () => {
    await write(orderPlaced('o-1'));
    pollToHead(manager);
    await write(orderConfirmed('o-1'), orderPlaced('o-2'));
    expect(pollToHead(manager)).toBe(2);
    expect(manager.lowestCheckpoint()).toBe(3);
  });

  it('when events are handed over live and again (at-least-once), then each position is applied once and equals a rebuild', async () => {
    await write(orderPlaced('o-1'), orderConfirmed('o-1'), orderPlaced('o-2'));
    const events = await store.readAll();
    for (const event of [...events, ...events.slice(1)]) manager.apply(event);
    const rebuilt = new ProjectionManager();
    rebuilt.register(orderListProjection);
    rebuilt.register(orderStatisticsProjection);
    pollToHead(rebuilt, 1);
    expect(rebuilt.projections.map((entry) => entry.snapshot())).toEqual(
      manager.projections.map((entry) => entry.snapshot()),
    );
    const list = manager.projections[0]?.model as Parameters<typeof getOrder>[0];
    expect(getOrder(list, 'o-1')?.status).toBe('confirmed');
  });
});

describe('given a poller that reads at most two events per poll', () => {
  it('when it polls, then each poll applies the next page after the checkpoint and says what it did', async () => {
    const manager = new ProjectionManager();
    const list = manager.register(orderListProjection);
    await write(orderPlaced('o-1'));
    await writeForeign();
    await write(orderConfirmed('o-1'));

    expect(manager.pollSync(store, 2)).toEqual({ read: 2, evolved: 1 });
    expect(list.checkpoint).toBe(2);
    expect(manager.pollSync(store, 2)).toEqual({ read: 1, evolved: 1 });
    expect(getOrder(list.model, 'o-1')?.status).toBe('confirmed');
    // At the head: a short (here empty) page says there is nothing more to read.
    expect(manager.pollSync(store, 2)).toEqual({ read: 0, evolved: 0 });
  });

  it('when two projections poll together, then evolved counts each that ran its evolve', async () => {
    const manager = new ProjectionManager();
    manager.register(orderListProjection);
    manager.register(orderStatisticsProjection);
    await write(orderPlaced('o-1'));
    await writeForeign();

    expect(manager.pollSync(store, 10)).toEqual({ read: 2, evolved: 2 });
  });
});

describe('given projections at different checkpoints', () => {
  it('when caught up, then reading starts at the lowest and neither applies a position twice', async () => {
    const manager = new ProjectionManager();
    const list = manager.register(orderListProjection);
    await write(orderPlaced('o-1'), orderPlaced('o-2'));
    pollToHead(manager);
    const stats = manager.register(orderStatisticsProjection);
    await write(orderConfirmed('o-1'));
    expect(pollToHead(manager)).toBe(3);
    expect([list.checkpoint, stats.checkpoint]).toEqual([3, 3]);
    expect(stats.model.totalOrders).toBe(2);
    expect(stats.model.byStatus).toMatchObject({ pending: 1, confirmed: 1 });
  });

  it('with none registered, then the lowest checkpoint is 0', () => {
    expect(new ProjectionManager().lowestCheckpoint()).toBe(0);
  });
});
