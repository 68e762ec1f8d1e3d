import { describe, expect, it } from 'vitest';
import { CheckpointedProjection } from '../../../../src/core/projections/checkpointed-projection';
import {
  msPerDay,
  orderStatisticsProjection,
} from '../../../../src/core/projections/order-statistics-projection';
import {
  downsampleLast,
  downsampleMinMax,
  type MetricsSample,
  OperationsSeries,
  orderKpis,
  RingBuffer,
  StatisticsSeries,
} from '../../../../src/sim/analysis/chart-series';
import type { ComponentMetricsSnapshot } from '../../../../src/sim/metrics/component-metrics';
import { runExample } from './example-run';
import { LogBuilder } from './log-builder';

const items = [{ sku: 'S', quantity: 1, unitPrice: 1000 }];

function statisticsAfter(build: (log: LogBuilder) => void) {
  const log = new LogBuilder();
  build(log);
  const projection = new CheckpointedProjection(orderStatisticsProjection);
  for (const event of log.events) projection.apply(event);
  return projection.model;
}

function placed(log: LogBuilder, orderId: string, total: number, time: number) {
  log.add('order.placed', `order-${orderId}`, { orderId, userId: 'u', items, total }, { time });
}

describe('given a ring buffer of three', () => {
  it('when a fourth item is pushed, then the oldest is dropped and returned', () => {
    const ring = new RingBuffer<number>(3);
    expect([1, 2, 3].map((item) => ring.push(item))).toEqual([undefined, undefined, undefined]);
    expect(ring.push(4)).toBe(1);
    expect(ring.toArray()).toEqual([2, 3, 4]);
    expect([ring.at(0), ring.last(), ring.at(3), ring.length]).toEqual([2, 4, undefined, 3]);
    ring.clear();
    expect(ring.toArray()).toEqual([]);
    expect(() => new RingBuffer(0)).toThrow(/capacity/);
  });
});

describe('given more samples than a chart draws', () => {
  const points = Array.from({ length: 101 }, (_, index) => index);

  it('when reduced to the last of each bucket, then first and last stay and all are real, ascending samples', () => {
    const reduced = downsampleLast(points, 11);
    expect(reduced).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(downsampleLast([1, 2, 3], 5)).toEqual([1, 2, 3]);
  });

  it('when reduced by min and max, then a single spike survives', () => {
    const values = points.map((index) => (index === 37 ? 1000 : index % 3));
    const reduced = downsampleMinMax(values, 10, (value) => value);
    expect(reduced.length).toBeLessThanOrEqual(10);
    expect(reduced).toContain(1000);
    expect(Math.min(...reduced)).toBe(0);
  });
});

describe('given the order statistics read model', () => {
  const model = statisticsAfter((log) => {
    placed(log, 'a', 1000, 10);
    placed(log, 'b', 3000, msPerDay + 10);
    placed(log, 'c', 2000, msPerDay + 20);
    log.add('order.confirmed', 'order-a', { orderId: 'a' });
    log.add('order.cancelled', 'order-b', { orderId: 'b', reason: 'payment failed' });
  });

  it('when KPIs are derived, then revenue and average leave cancelled orders out and days are listed in order', () => {
    expect(orderKpis(model)).toEqual({
      totalOrders: 3,
      revenue: 3000,
      averageOrderValue: 1500,
      cancelledOrders: 1,
      compensationRate: 1 / 3,
      ordersPerDay: [
        { day: 0, dayStart: 0, orders: 1 },
        { day: 1, dayStart: msPerDay, orders: 2 },
      ],
    });
    expect(orderKpis(orderStatisticsProjection.initial()).compensationRate).toBe(0);
  });

  it('when sampled over time, then samples are detached copies, too-close samples are skipped and a reset starts over', () => {
    const series = new StatisticsSeries({ capacity: 3, minIntervalMs: 100 });
    const live = orderStatisticsProjection.initial();
    expect(series.record(0, live)).toBe(true);
    live.byStatus.pending = 5;
    expect(series.record(50, live)).toBe(false);
    expect(series.record(100, model)).toBe(true);
    expect(series.samples()[0]?.countsByStatus.pending).toBe(0);
    expect(series.samples()[1]).toEqual({
      time: 100,
      countsByStatus: { pending: 1, confirmed: 1, shipped: 0, delivered: 0, cancelled: 1 },
      totalOrders: 3,
      revenue: 3000,
    });
    series.record(200, model);
    series.record(300, model);
    expect(series.samples().map((sample) => sample.time)).toEqual([100, 200, 300]);
    series.record(10, model);
    expect(series.samples().map((sample) => sample.time)).toEqual([10]);
    expect(series.points(2)).toHaveLength(1);
  });
});

function metrics(
  id: string,
  handled: number,
  errors: number,
  extra: Record<string, number> = {},
): ComponentMetricsSnapshot {
  return {
    id,
    received: handled,
    handled,
    errors,
    queueDepth: 0,
    inFlight: 0,
    latency: { p50: 2, p95: 9, p99: 12 },
    status: 'running',
    extra,
  };
}

describe('given successive component metrics', () => {
  it('when recorded, then throughput is handled per virtual second and totals read the extra counters', () => {
    const series = new OperationsSeries({ maxPoints: 4 });
    const first = series.record({ time: 1000, components: [metrics('orders', 10, 0)] });
    expect(first?.components[0]?.throughput).toBeNull();
    const second = series.record({
      time: 3000,
      components: [
        metrics('orders', 50, 4),
        metrics('bus', 0, 0, { consumerLag: 7 }),
        metrics('list', 0, 0, { lagPositions: 3, lagMs: 40 }),
        metrics('stats', 0, 0, { lagPositions: 9, lagMs: 20 }),
        metrics('dlq', 0, 0, { deadLetters: 2 }),
        metrics('saga', 0, 0, { sagasCompleted: 5, sagasCompensated: 1, sagasStuck: 1 }),
        metrics('query-api', 0, 0, { staleReads: 6 }),
      ],
    });
    expect(second?.components[0]).toMatchObject({
      id: 'orders',
      throughput: 20,
      errorRate: 2,
      p50: 2,
      p95: 9,
    });
    expect(second?.components[1]?.throughput).toBeNull();
    expect(second).toMatchObject({
      consumerLag: 7,
      projectionLagPositions: 9,
      projectionLagMs: 40,
      deadLetters: 2,
      sagasCompleted: 5,
      sagasCompensated: 1,
      sagasStuck: 1,
      staleReads: 6,
    });
  });

  it('when paused, reset or over the window, then it skips, starts over, or keeps the newest points', () => {
    const series = new OperationsSeries({ maxPoints: 2 });
    const sample = (time: number, handled: number): MetricsSample => ({
      time,
      components: [metrics('c', handled, 0)],
    });
    series.record(sample(1000, 0));
    expect(series.record(sample(1000, 5))).toBeNull();
    series.record(sample(2000, 10));
    series.record(sample(3000, 30));
    expect(series.points().map((point) => point.time)).toEqual([2000, 3000]);
    expect(series.latest()?.components[0]?.throughput).toBe(20);
    const restarted = series.record(sample(500, 1));
    expect(restarted?.components[0]?.throughput).toBeNull();
    expect(series.length).toBe(1);
    series.record(sample(1500, 0));
    expect(series.latest()?.components[0]?.throughput).toBeNull();
  });
});

describe('given a run of the example sampled every virtual second', () => {
  it('when recorded, then the last operations point agrees with the run summary and throughput is positive', () => {
    const simulation = runExample({ paymentFailureRate: 1, untilMs: 0 });
    const series = new OperationsSeries();
    for (let second = 1; second <= 12; second++) {
      simulation.runUntil(second * 1000);
      const { time, components } = simulation.snapshot();
      series.record({ time, components });
    }
    const last = series.latest()!;
    const { sagas, deadLetters } = simulation.summary();
    expect([last.sagasCompleted, last.sagasCompensated, last.sagasStuck]).toEqual([
      sagas.completed,
      sagas.compensated,
      sagas.stuck,
    ]);
    expect(last.deadLetters).toBe(deadLetters);
    expect(
      last.components.find((component) => component.id === 'orders')?.throughput,
    ).toBeGreaterThan(0);
    expect(
      last.components.find((component) => component.id === 'payment')?.errorRate,
    ).toBeGreaterThan(0);
    expect(series.downsampled(4, (point) => point.consumerLag).length).toBeLessThanOrEqual(4);
  });
});
