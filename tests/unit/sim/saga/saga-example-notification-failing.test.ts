import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltinScenario } from '../../../../scripts/cli/read-scenario';
import type { StoredEvent } from '../../../../src/core/messages/event';
import { Simulation } from '../../../../src/sim/engine/simulation';
import { fieldOf } from './saga-scenario';

// Issue #16: the built-in example (public/scenarios/order-saga.json) with Notification failing
// every request for 60 virtual seconds (seed 42). Before the saga had step kinds, a failed
// notification compensated the whole saga, starting with cancel-order: 1,177 sagas began undoing
// orders Shipping had already shipped, the Order Service refused 5,674 cancellations and 1,092
// sagas ended stuck (no refund ran only because the refused cancellation came first). After the
// pivot (the payment) the saga now only goes forward: the notification is retried until sent.

const RUN_MS = 60_000;

/** Orders with an event of `type` in the log. */
function ordersWith(events: readonly StoredEvent[], type: string): Set<unknown> {
  return new Set(events.filter((event) => event.type === type).map((e) => fieldOf(e, 'orderId')));
}

/** Refunds that returned money for an order Shipping delivered (at any time in the run). */
function refundsOfDelivered(events: readonly StoredEvent[]): StoredEvent[] {
  const delivered = ordersWith(events, 'order.delivered');
  return events.filter(
    (event) =>
      event.type === 'payment.refunded' &&
      Number(fieldOf(event, 'amount')) > 0 &&
      delivered.has(fieldOf(event, 'orderId')),
  );
}

let sim: Simulation;
beforeAll(async () => {
  const loaded = await readBuiltinScenario('order-saga');
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  sim = new Simulation(loaded.scenario);
  sim.inject({ target: 'notification', setting: 'failure-rate', value: 1 });
  sim.runUntil(RUN_MS);
});

describe('given the order-saga example with Notification failing 100% for 60 virtual seconds', () => {
  it('when the run ends, then no saga is stuck and none began compensating', () => {
    expect(sim.summary().sagas).toMatchObject({ compensated: 0, stuck: 0 });
    const types = sim.events().map((event) => event.type);
    expect(types.filter((type) => type === 'saga.compensation.required')).toEqual([]);
  });

  it('when the run ends, then orders were delivered and not one delivered order was refunded', () => {
    const events = sim.events();
    expect(ordersWith(events, 'order.delivered').size).toBeGreaterThan(500);
    expect(refundsOfDelivered(events)).toEqual([]);
    expect(events.filter((event) => event.type === 'order.cancellation-failed')).toEqual([]);
  });

  it('when the run ends, then the notifications were retried, counted by the saga', () => {
    expect(sim.component('saga')?.snapshot().extra.stepRetries).toBeGreaterThan(1000);
  });
});

describe('given that run, and then Notification recovering', () => {
  it('when 40 more seconds pass, then the waiting sagas send their notifications and complete', () => {
    const startedBefore = sim.component('saga')?.snapshot().extra.sagasStarted ?? 0;
    sim.inject({ target: 'notification', setting: 'failure-rate', value: 0 });
    sim.runUntil(RUN_MS + 40_000);
    expect(sim.summary().sagas.completed).toBeGreaterThanOrEqual(startedBefore);
    expect(sim.summary().sagas).toMatchObject({ compensated: 0, stuck: 0 });
  });
});
