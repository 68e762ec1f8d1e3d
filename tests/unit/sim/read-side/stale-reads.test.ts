import { describe, expect, it } from 'vitest';
import {
  MAX_WAIT_MS,
  type QueryRead,
  RECHECK_MS,
} from '../../../../src/sim/components/read-side/query-api-component';
import { metricsOf, pipeline, queryApiOf } from '../delivery/pipeline-scenario';

const setUp = (readYourWrites: boolean, pollIntervalMs = 500) =>
  pipeline({
    producer: { maxOrders: 200, ratePerSecond: 50 },
    projection: { pollIntervalMs },
    queryApi: { ratePerSecond: 20, readYourWrites },
  });

const run = (readYourWrites: boolean) => {
  const sim = setUp(readYourWrites);
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

  it('when a read answers before the projection caught up, then it reports how far behind it is', () => {
    const sim = setUp(false);
    let stale: QueryRead | null = null;
    for (let time = 100; time <= 6_000 && !stale; time += 50) {
      sim.runUntil(time);
      const last = queryApiOf(sim).lastRead();
      if (last?.stale) stale = last;
    }

    expect(stale).not.toBeNull();
    expect(stale!.position).toBeLessThan(stale!.minPosition);
    expect(stale!.lagPositions).toBe(stale!.head - stale!.position);
    expect(stale!.head).toBeGreaterThanOrEqual(stale!.minPosition);
    expect(stale!.waitedMs).toBe(0);
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

describe('given a Query API whose projection polls only once a minute', () => {
  it('when reads need their own writes, then each gives up after the bound and is counted stale', () => {
    const sim = setUp(true, 60_000);
    sim.runUntil(MAX_WAIT_MS + 3_000);
    const queries = metricsOf(sim, 'queries');

    expect(queries.extra.waitTimeouts).toBeGreaterThan(0);
    expect(queries.extra.staleReads).toBe(queries.extra.waitTimeouts);
    const last = queryApiOf(sim).lastRead();
    expect(last).toMatchObject({ stale: true });
    expect(last!.waitedMs).toBeGreaterThanOrEqual(MAX_WAIT_MS);
    expect(last!.waitedMs).toBeLessThan(MAX_WAIT_MS + RECHECK_MS);
  });
});
