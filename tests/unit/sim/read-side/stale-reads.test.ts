import { describe, expect, it } from 'vitest';
import { RECHECK_MS } from '../../../../src/sim/components/read-side/query-api-component';
import { metricsOf, pipeline, queryApiOf } from '../delivery/pipeline-scenario';

const run = (readYourWrites: boolean) => {
  const sim = pipeline({
    producer: { maxOrders: 200, ratePerSecond: 50 },
    projection: { pollIntervalMs: 500 },
    queryApi: { ratePerSecond: 20, readYourWrites },
  });
  sim.runUntil(6_000);
  return { sim, queries: metricsOf(sim, 'queries') };
};

describe('given a Query API reading recently placed orders from a projection polling every 500 ms', () => {
  it('when reads accept staleness, then stale reads are counted', () => {
    const { queries } = run(false);

    expect(queries.extra.reads).toBeGreaterThan(50);
    expect(queries.extra.staleReads).toBeGreaterThan(10);
    expect(queries.extra.staleReads).toBeLessThanOrEqual(queries.extra.reads!);
    expect(queries.extra.waitedReads).toBeUndefined();
  });

  it('when reads need their own writes, then none is stale and the waits are counted instead', () => {
    const { sim, queries } = run(true);

    expect(queries.extra.reads).toBeGreaterThan(50);
    expect(queries.extra.staleReads).toBeUndefined();
    expect(queries.extra.waitedReads).toBeGreaterThan(10);
    expect(queries.extra.waitMs).toBeGreaterThan(queries.extra.waitedReads! * RECHECK_MS - 1);
    // No wait outlasts one poll interval plus one re-check.
    expect(queries.latency.p99).toBeLessThanOrEqual(500 + RECHECK_MS);
    const last = queryApiOf(sim).lastRead();
    expect(last).toMatchObject({ query: 'GetOrder', stale: false });
    expect(last!.position).toBeGreaterThanOrEqual(last!.minPosition);
    expect(last!.result).toMatchObject({ orderId: last!.orderId, status: 'pending' });
  });
});
