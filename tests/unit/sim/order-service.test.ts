import { describe, expect, it } from 'vitest';
import type { OrderCommand } from '../../../src/core/order/order-commands';
import { Simulation } from '../../../src/sim/engine/simulation';
import { loadScenario } from '../../../src/sim/scenario/load-scenario';

/** Producer -> Order Service -> Event Store -> Event Bus, one order placed (as a command or an event). */
function orderRun(emit: 'commands' | 'events' = 'commands'): Simulation {
  const result = loadScenario({
    version: 2,
    name: 'order service',
    seed: 5,
    components: [
      { id: 'api', kind: 'producer', name: 'api', config: { maxOrders: 1, emit } },
      { id: 'orders', kind: 'order-service', name: 'orders' },
      { id: 'store', kind: 'event-store', name: 'store' },
      { id: 'bus', kind: 'event-bus', name: 'bus' },
    ],
    connections: [
      { id: 'c1', source: 'api', target: emit === 'commands' ? 'orders' : 'bus' },
      { id: 'c2', source: 'orders', target: 'store' },
      { id: 'c3', source: 'store', target: 'bus' },
    ],
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const sim = new Simulation(result.scenario);
  sim.runUntil(5_000);
  return sim;
}

/** Sends `command` to the Order Service the way a saga does, then lets it be handled. */
function send(sim: Simulation, command: OrderCommand): void {
  const orders = sim.component('orders');
  const api = sim.component('api');
  if (!orders || !api) throw new Error('no orders or api component');
  sim.ctx.send(
    api,
    orders,
    sim.ctx.factory.command(command.type, command.data, { source: 'test' }),
  );
  sim.runUntil(sim.scheduler.now() + 5_000);
}

const orderTypes = (sim: Simulation) =>
  sim.ctx.log.readStreamSync('order-o-1').map((event) => event.type);
const countsOf = (sim: Simulation) => {
  const snapshot = sim.component('orders')?.snapshot();
  if (!snapshot) throw new Error('no orders component');
  const { handled, extra } = snapshot;
  return { handled, repeats: extra.idempotentRepeats ?? 0, refused: extra.refused ?? 0 };
};

describe('given an Order Service that placed order o-1', () => {
  it('when ConfirmOrder arrives twice, then one order.confirmed is stored and the repeat is counted', () => {
    const sim = orderRun();
    send(sim, { type: 'ConfirmOrder', data: { orderId: 'o-1' } });
    send(sim, { type: 'ConfirmOrder', data: { orderId: 'o-1' } });
    expect(orderTypes(sim)).toEqual(['order.placed', 'order.confirmed']);
    expect(countsOf(sim)).toEqual({ handled: 3, repeats: 1, refused: 0 });
  });

  it('when ShipOrder arrives before a confirmation, then it is refused and nothing is stored', () => {
    const sim = orderRun();
    send(sim, { type: 'ShipOrder', data: { orderId: 'o-1' } });
    expect(orderTypes(sim)).toEqual(['order.placed']);
    expect(countsOf(sim)).toEqual({ handled: 1, repeats: 0, refused: 1 });
  });

  it('when its events are stored, then they went on through the store to the bus', () => {
    const sim = orderRun();
    send(sim, { type: 'ConfirmOrder', data: { orderId: 'o-1' } });
    expect(sim.component('bus')?.snapshot().received).toBe(2);
  });
});

describe('given a producer that records order.placed itself (emit: events)', () => {
  it('when ConfirmOrder reaches the Order Service, then it decides on the stored order and confirms it', () => {
    const sim = orderRun('events');
    send(sim, { type: 'ConfirmOrder', data: { orderId: 'o-1' } });
    expect(orderTypes(sim)).toEqual(['order.placed', 'order.confirmed']);
    expect(countsOf(sim)).toEqual({ handled: 1, repeats: 0, refused: 0 });
  });
});
