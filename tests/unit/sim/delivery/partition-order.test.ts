import { describe, expect, it } from 'vitest';
import type { AppliedRecord } from '../../../../src/sim/components/consumer/applied-trace';
import { consumerOf, eventsOfType, metricsOf, pipeline } from './pipeline-scenario';

/** Records whose value of `field` goes down within one group: order broken there. */
function inversions(
  trace: readonly AppliedRecord[],
  groupBy: (record: AppliedRecord) => string,
  field: 'position' | 'offset',
): AppliedRecord[] {
  const last = new Map<string, number>();
  const broken: AppliedRecord[] = [];
  for (const record of trace) {
    const key = groupBy(record);
    if ((last.get(key) ?? -1) > record[field]) broken.push(record);
    last.set(key, record[field]);
  }
  return broken;
}

// Orders keyed by user: each of 4 users' orders share a partition, so per-key order is testable.
const producer = { maxOrders: 300, ratePerSecond: 200, keyBy: 'user', users: 4 };
// Failures make the consumer retry in place; two instances split the partitions between them.
const flakyConsumer = {
  id: 'worker',
  config: {
    instances: 2,
    latency: { medianMs: 3, sigma: 0.5 },
    retry: { initialIntervalMs: 50, maximumAttempts: 10 },
  },
  faults: { failureRate: 0.2 },
};

describe('given a flaky consumer with two instances that retries in place', () => {
  it('when it has worked off the load, then each partition was applied in offset order', () => {
    const sim = pipeline({ producer, consumers: [flakyConsumer] });
    const trace = consumerOf(sim, 'worker').traceApplied();
    sim.runUntil(60_000);

    expect(metricsOf(sim, 'worker').extra.retries).toBeGreaterThan(10);
    expect(trace).toHaveLength(eventsOfType(sim, 'order.placed').length);
    expect(new Set(trace.map((record) => record.partition)).size).toBeGreaterThan(1);
    expect(inversions(trace, (record) => String(record.partition), 'offset')).toEqual([]);
  });

  it('when store relay and bus latencies are constant, then each key is applied in log order', () => {
    // Constant latencies: with a jittery relay or bus, two events of one key can swap before the
    // partition ever sees them (reported to the bus owner); here only the consumer is under test.
    const constant = { medianMs: 3, sigma: 0 };
    const sim = pipeline({
      producer,
      store: { appendLatency: constant },
      bus: { latency: constant },
      consumers: [flakyConsumer],
    });
    const trace = consumerOf(sim, 'worker').traceApplied();
    sim.runUntil(60_000);

    expect(new Set(trace.map((record) => record.partitionKey)).size).toBe(4);
    expect(inversions(trace, (record) => record.partitionKey, 'position')).toEqual([]);
    expect(inversions(trace, (record) => record.streamId, 'position')).toEqual([]);
  });
});
