import { describe, expect, it } from 'vitest';
import { consumerOf, eventsOfType, metricsOf, pipeline } from './pipeline-scenario';

// A consumer slower than the producer is always busy, so a crash always catches work in flight.
const busyConsumer = { id: 'worker', config: { latency: { medianMs: 20, sigma: 0.3 } } };
const producer = { maxOrders: 100, ratePerSecond: 100 };
const crash = {
  target: 'worker',
  setting: 'down',
  value: true,
  atMs: 500,
  durationMs: 300,
} as const;

function crashedRun(delivery: 'at-least-once' | 'at-most-once') {
  const sim = pipeline({ producer, bus: { delivery }, consumers: [busyConsumer] });
  const trace = consumerOf(sim, 'worker').traceApplied();
  sim.inject(crash);
  sim.runUntil(30_000);
  const placed = eventsOfType(sim, 'order.placed');
  const appliedIds = new Set(trace.map((record) => record.eventId));
  return { sim, placed, appliedIds, bus: metricsOf(sim, 'bus').extra };
}

describe('given a busy consumer behind an at-least-once bus that crashes mid-work', () => {
  it('when it comes back, then the uncommitted messages are redelivered and none is lost', () => {
    const { sim, placed, appliedIds, bus } = crashedRun('at-least-once');

    expect(placed.length).toBeGreaterThanOrEqual(100);
    expect(bus.redelivered).toBeGreaterThan(0);
    expect(bus.lostInFlight).toBe(0);
    expect(placed.filter((event) => !appliedIds.has(event.id))).toEqual([]);
    expect(eventsOfType(sim, 'system.service.crashed')).toHaveLength(1);
    expect(metricsOf(sim, 'worker').extra.applied).toBe(placed.length);
  });
});

describe('given the same consumer behind an at-most-once bus', () => {
  it('when it crashes, then what was in flight is lost, counted and never redelivered', () => {
    const { placed, appliedIds, bus } = crashedRun('at-most-once');
    const lost = placed.filter((event) => !appliedIds.has(event.id));

    expect(bus.lostInFlight).toBeGreaterThan(0);
    expect(bus.redelivered).toBe(0);
    expect(lost).toHaveLength(bus.lostInFlight!);
    expect(appliedIds.size + bus.lostInFlight!).toBe(placed.length);
  });
});
