import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../../../scripts/cli/run-simulate';
import type { Simulation } from '../../../../src/sim/engine/simulation';
import {
  consumerOf,
  duplicatingPipeline,
  eventsOfType,
  metricsOf,
  pipeline,
} from './pipeline-scenario';

/** The `delivery` object of the CLI's summary line, as a person reads it. */
function printedDelivery(sim: Simulation) {
  const line = JSON.parse(formatSummary(sim.summary())) as {
    delivery: Record<string, Record<string, number>>;
  };
  return line.delivery;
}

describe('given a bus that duplicates half its messages, with an idempotent and a non-idempotent consumer', () => {
  const sim = duplicatingPipeline();
  const trace = consumerOf(sim, 'naive').traceApplied();
  sim.runUntil(30_000);
  const delivery = printedDelivery(sim);
  const placed = eventsOfType(sim, 'order.placed');

  it('when the summary is printed, then its delivery counts are the components’ snapshot counts', () => {
    for (const id of ['bus', 'safe', 'naive', 'orders']) {
      expect(delivery[id]).toEqual(metricsOf(sim, id).delivery);
    }
    // Kinds with nothing to count (the producer, the store) are left out.
    expect(Object.keys(delivery).sort()).toEqual(['bus', 'naive', 'orders', 'safe']);
  });

  it('when the non-idempotent consumer’s counts are compared with its trace and the log, then they agree', () => {
    const repeats = trace.filter((record) => record.repeat).length;
    const warnings = eventsOfType(sim, 'system.duplicate.applied').filter(
      (event) => (event.data as { consumerId: string }).consumerId === 'naive',
    );
    expect(repeats).toBeGreaterThan(50);
    expect(delivery.naive?.duplicatesApplied).toBe(repeats);
    expect(delivery.naive?.duplicatesApplied).toBe(warnings.length);
    expect(delivery.naive?.deliveredOnce).toBe(new Set(trace.map((record) => record.eventId)).size);
    expect(delivery.naive?.duplicatesCaught).toBe(0);
  });

  it('when the idempotent consumer’s counts are compared with the bus’s, then it caught every copy the bus appended', () => {
    const bus = delivery.bus!;
    expect(bus.duplicatesDelivered).toBeGreaterThan(50);
    expect(delivery.safe?.duplicatesCaught).toBe(bus.duplicatesDelivered);
    expect(delivery.safe?.duplicatesApplied).toBe(0);
    expect(delivery.safe?.deliveredOnce).toBe(placed.length);
    // Every order event was published once: appended once, or appended with one copy.
    expect((bus.deliveredOnce ?? 0) + (bus.duplicatesDelivered ?? 0)).toBe(placed.length);
    expect(bus.dropped).toBe(0);
  });
});

// A consumer slower than the producer is always busy, so a crash always catches work in flight.
function crashedRun(delivery: 'at-least-once' | 'at-most-once') {
  const sim = pipeline({
    producer: { maxOrders: 100, ratePerSecond: 100 },
    bus: { delivery },
    consumers: [{ id: 'worker', config: { latency: { medianMs: 20, sigma: 0.3 } } }],
  });
  const trace = consumerOf(sim, 'worker').traceApplied();
  sim.inject({ target: 'worker', setting: 'down', value: true, atMs: 500, durationMs: 300 });
  sim.runUntil(30_000);
  return { sim, trace, delivery: printedDelivery(sim) };
}

describe('given a busy consumer that crashes mid-work behind an at-least-once bus', () => {
  it('when the summary is printed, then the redeliveries the consumer saw are those the bus counted, and none is lost', () => {
    const { delivery, trace, sim } = crashedRun('at-least-once');
    expect(delivery.bus?.redelivered).toBeGreaterThan(0);
    expect(delivery.worker?.redelivered).toBe(delivery.bus?.redelivered);
    expect(delivery.bus?.lost).toBe(0);
    expect(new Set(trace.map((record) => record.eventId)).size).toBe(
      eventsOfType(sim, 'order.placed').length,
    );
  });
});

describe('given the same consumer behind an at-most-once bus', () => {
  it('when the summary is printed, then lost is the number of order events the consumer never applied', () => {
    const { delivery, trace, sim } = crashedRun('at-most-once');
    const applied = new Set(trace.map((record) => record.eventId));
    const neverApplied = eventsOfType(sim, 'order.placed').filter((e) => !applied.has(e.id));
    expect(delivery.bus?.lost).toBeGreaterThan(0);
    expect(delivery.bus?.lost).toBe(neverApplied.length);
    expect(delivery.bus?.redelivered).toBe(0);
    expect(delivery.worker?.redelivered).toBe(0);
  });
});
