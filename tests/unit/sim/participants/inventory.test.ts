import { describe, expect, it } from 'vitest';
import { lines, participantSimulation, repliesFor, send } from './participant-fixture';

const extra = (sim: ReturnType<typeof participantSimulation>) =>
  sim.component('inventory')?.snapshot().extra ?? {};

describe('given an inventory service', () => {
  it('when an order is reserved twice, then it is reserved once and both commands are answered inventory.reserved', () => {
    const sim = participantSimulation('inventory');
    const first = send(sim, 'inventory', 'ReserveInventory', { orderId: 'o-1', items: lines });
    send(sim, 'inventory', 'ReserveInventory', { orderId: 'o-1', items: lines });

    const replies = repliesFor(sim, 'inventory', 'o-1');
    expect(replies.map((event) => [event.type, event.data])).toEqual([
      ['inventory.reserved', { orderId: 'o-1', units: 3 }],
      ['inventory.reserved', { orderId: 'o-1', units: 3 }],
    ]);
    expect(replies[0]?.causationId).toBe(first.id);
    expect(replies[0]?.correlationId).toBe(first.correlationId);
    expect(extra(sim)).toMatchObject({ reservations: 1, idempotentRepeats: 1, unitsReserved: 3 });
  });

  it('when a reservation is released twice, then the units return once and both releases succeed', () => {
    const sim = participantSimulation('inventory');
    send(sim, 'inventory', 'ReserveInventory', { orderId: 'o-1', items: lines });
    send(sim, 'inventory', 'ReleaseInventory', { orderId: 'o-1' });
    send(sim, 'inventory', 'ReleaseInventory', { orderId: 'o-1' });

    expect(repliesFor(sim, 'inventory', 'o-1').map((event) => [event.type, event.data])).toEqual([
      ['inventory.reserved', { orderId: 'o-1', units: 3 }],
      ['inventory.released', { orderId: 'o-1', units: 3 }],
      ['inventory.released', { orderId: 'o-1', units: 0 }],
    ]);
    expect(extra(sim)).toMatchObject({ releases: 1, releasesOfNothing: 1, unitsReserved: 0 });
  });

  it('when an order never reserved is released, then the compensation is a safe no-op that still succeeds', () => {
    const sim = participantSimulation('inventory');
    send(sim, 'inventory', 'ReleaseInventory', { orderId: 'o-9' });

    expect(repliesFor(sim, 'inventory', 'o-9').map((event) => [event.type, event.data])).toEqual([
      ['inventory.released', { orderId: 'o-9', units: 0 }],
    ]);
  });

  it('when it is told to fail, then it answers inventory.reservation-failed (retryable) and reports the error', () => {
    const sim = participantSimulation('inventory', { failNext: 1 });
    const command = send(sim, 'inventory', 'ReserveInventory', { orderId: 'o-1', items: lines });

    expect(repliesFor(sim, 'inventory', 'o-1').map((event) => [event.type, event.data])).toEqual([
      [
        'inventory.reservation-failed',
        { orderId: 'o-1', reason: 'Inventory failed', retryable: true },
      ],
    ]);
    const errors = sim.ctx.log.readStreamSync('system-inventory').slice(1);
    expect(errors.map((event) => [event.type, event.causationId])).toEqual([
      ['system.error.occurred', command.id],
    ]);
    expect(extra(sim).unitsReserved).toBe(0);
  });

  it('when a command it does not handle arrives, then nothing is answered and the error is visible', () => {
    const sim = participantSimulation('inventory');
    send(sim, 'inventory', 'ProcessPayment', { orderId: 'o-1' });

    expect(repliesFor(sim, 'inventory', 'o-1')).toEqual([]);
    const error = sim.ctx.log.readStreamSync('system-inventory').at(-1);
    expect(error?.data).toMatchObject({
      reason: 'inventory: command ProcessPayment is not one it handles',
    });
    expect(extra(sim).unknownCommands).toBe(1);
  });
});
