import { describe, expect, it } from 'vitest';
import type { OperationsPoint } from '../../../../src/sim/analysis/operations-series';
import type { OrderKpis } from '../../../../src/sim/analysis/order-kpis';
import type { StatisticsSample } from '../../../../src/sim/analysis/statistics-series';
import { chartDataCsv } from '../../../../src/sim/export/chart-data-csv';

const sample: StatisticsSample = {
  time: 1_000,
  countsByStatus: {
    pending: 2,
    confirmed: 1,
    shipped: 0,
    delivered: 3,
    cancelled: 1,
  } as StatisticsSample['countsByStatus'],
  totalOrders: 7,
  revenue: 12_345,
};

const point: OperationsPoint = {
  time: 2_000,
  components: [
    {
      id: '=HYPERLINK("x")',
      throughput: null,
      errorRate: 0.5,
      p50: 3,
      p95: 9,
      queueDepth: 4,
      status: 'running',
    },
  ],
  consumerLag: 11,
  projectionLagPositions: 2,
  projectionLagMs: 40,
  deadLetters: 1,
  sagasCompleted: 5,
  sagasCompensated: 2,
  sagasStuck: 0,
  staleReads: 6,
};

describe('given the chart series of a run', () => {
  const kpis = {
    totalOrders: 7,
    revenue: 12_345,
    averageOrderValue: 2_057,
    cancelledOrders: 1,
    compensationRate: 1 / 7,
    ordersPerDay: [{ day: 0, dayStart: 0, orders: 7 }],
  } as unknown as OrderKpis;
  const rows = chartDataCsv({ kpis, time: 2_500, statisticsSamples: [sample], operations: [point] })
    .trimEnd()
    .split('\r\n');

  it('when written as CSV, then each chart value is one row with its time, component and metric', () => {
    expect(rows[0]).toBe('chart,virtual_time_ms,component,metric,value');
    expect(rows[1]).toBe('kpis,2500,,total orders,7');
    expect(rows).toContain('kpis,2500,,average order value (USD),20.57');
    expect(rows).toContain('orders per day,0,,day 0,7');
    expect(rows).toContain('orders by status,1000,,delivered,3');
    expect(rows).toContain('orders,1000,,total orders,7');
    expect(rows).toContain('revenue,1000,,revenue (USD),123.45');
    expect(rows).toContain('consumer lag,2000,,messages,11');
    expect(rows).toContain('saga outcomes,2000,,compensated,2');
    expect(rows).toContain('stale reads,2000,,reads,6');
  });

  it('when a component name looks like a formula, then its cell is neutralised and quoted', () => {
    const latency = rows.find((row) => row.startsWith('handler latency') && row.includes('p95'));
    expect(latency).toBe(`handler latency,2000,"'=HYPERLINK(""x"")",p95 (ms),9`);
  });

  it('when a rate has no value yet, then no row is written for it (not a misleading 0)', () => {
    expect(rows.some((row) => row.startsWith('throughput'))).toBe(false);
    expect(rows.some((row) => row.startsWith('errors,2000'))).toBe(true);
  });
});
