import { describe, expect, it } from 'vitest';
import { eventsOfType, metricsOf, pipeline } from './pipeline-scenario';

// The bus fans out through the kernel's EventBus, which isolates a failing handler: one consumer
// group whose subscriber throws must not stop the groups after it, nor vanish silently.
describe('given a bus whose first consumer group has a subscriber that throws on delivery', () => {
  const sim = pipeline({
    producer: { maxOrders: 20, ratePerSecond: 50 },
    consumers: [
      { id: 'broken', config: { subscribe: 'order.placed' } },
      { id: 'healthy', config: { subscribe: 'order.placed' } },
    ],
  });
  Object.assign(sim.ctx.component('broken') ?? {}, {
    deliver: () => {
      throw new Error('handler bug');
    },
  });
  sim.runUntil(10_000);
  const placed = eventsOfType(sim, 'order.placed');
  const busErrors = eventsOfType(sim, 'system.error.occurred').filter(
    (event) => event.source === 'bus',
  );

  it('when orders are placed, then the healthy group after it still applies every one', () => {
    expect(placed).toHaveLength(20);
    expect(metricsOf(sim, 'healthy').extra.applied).toBe(20);
  });

  it('when the subscriber throws, then the bus says so in the log, caused by the event, and counts it', () => {
    expect(busErrors).toHaveLength(1);
    expect(busErrors[0]?.data).toMatchObject({
      reason: 'subscriber broken failed on order.placed: handler bug',
    });
    expect(busErrors[0]?.causationId).toBe(placed[0]?.id);
    expect(metricsOf(sim, 'bus').errors).toBe(1);
  });

  it('when its delivery never completes, then that group stalls visibly: the rest is its lag', () => {
    const lag = metricsOf(sim, 'bus').extra.consumerLag ?? 0;
    expect(lag).toBeGreaterThanOrEqual(19);
  });
});
