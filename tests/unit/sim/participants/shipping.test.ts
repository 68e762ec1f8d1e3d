import { describe, expect, it } from 'vitest';
import { fieldOf, sagaRun, streamOf } from '../saga/saga-scenario';

/** The order saga scenario plus a shipping service: bus -> shipping -> order service. */
function withShipping(options: Parameters<typeof sagaRun>[0] = {}) {
  return sagaRun({
    ...options,
    extraComponents: [{ id: 'shipping', kind: 'shipping' }],
    extraConnections: [
      { source: 'bus', target: 'shipping' },
      { source: 'shipping', target: 'orders' },
    ],
  });
}

const orderTypes = (sim: ReturnType<typeof sagaRun>['sim']) =>
  streamOf(sim, 'order-o-1').map((event) => event.type);

describe('given a shipping service subscribed to confirmed orders', () => {
  it('when an order is confirmed, then it is shipped with a tracking number and later delivered', () => {
    const { sim, commands } = withShipping();
    sim.runUntil(30_000);

    expect(orderTypes(sim)).toEqual([
      'order.placed',
      'order.confirmed',
      'order.shipped',
      'order.delivered',
    ]);
    const shipped = streamOf(sim, 'order-o-1')[2];
    expect((shipped?.data as { trackingNumber?: string } | undefined)?.trackingNumber).toMatch(
      /^TRK-\d{6}$/,
    );
    const ship = commands.find(({ command }) => command.type === 'ShipOrder')?.command;
    const confirmed = streamOf(sim, 'order-o-1')[1];
    expect(ship?.causationId).toBe(confirmed?.id);
    const deliver = commands.find(({ command }) => command.type === 'DeliverOrder')?.command;
    expect(deliver?.causationId).toBe(ship?.id);
    // Transit takes about ten processing latencies: delivery comes well after shipping.
    const delivered = streamOf(sim, 'order-o-1')[3];
    expect((delivered?.time ?? 0) - (shipped?.time ?? 0)).toBeGreaterThan(100);
  });

  it('when the bus delivers the confirmation twice, then the order ships once', () => {
    const { sim, commands } = withShipping({ config: { bus: { duplicateRate: 1 } } });
    sim.runUntil(30_000);

    expect(commands.filter(({ command }) => command.type === 'ShipOrder')).toHaveLength(1);
    expect(sim.component('shipping')?.snapshot().extra.idempotentRepeats).toBe(1);
    expect(orderTypes(sim).at(-1)).toBe('order.delivered');
  });

  it('when shipping fails twice, then it retries and ships on the third attempt', () => {
    const { sim } = withShipping({ faults: { shipping: { failNext: 2 } } });
    sim.runUntil(30_000);

    const errors = streamOf(sim, 'system-shipping').filter(
      (event) => event.type === 'system.error.occurred',
    );
    expect(errors.map((event) => fieldOf(event, 'reason'))).toEqual([
      'shipping: shipping o-1 failed (attempt 1)',
      'shipping: shipping o-1 failed (attempt 2)',
    ]);
    expect(orderTypes(sim).at(-1)).toBe('order.delivered');
  });

  it('when shipping keeps failing, then it gives up visibly after five attempts', () => {
    const { sim } = withShipping({ faults: { shipping: { failureRate: 1 } } });
    sim.runUntil(30_000);

    expect(sim.component('shipping')?.snapshot().extra.shipmentsAbandoned).toBe(1);
    expect(sim.component('shipping')?.snapshot().errors).toBe(5);
    expect(orderTypes(sim).at(-1)).toBe('order.confirmed');
  });
});
