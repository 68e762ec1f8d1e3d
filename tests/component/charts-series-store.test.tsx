import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand';
import { ChartSeriesStore } from '../../src/state/charts/chart-series-store';
import { connectChartSeries } from '../../src/state/charts/connect-chart-series';
import { OrderStatisticsFeed } from '../../src/state/charts/order-statistics-feed';
import type { MetricsById } from '../../src/state/live/live-metrics';
import { RecentEvents } from '../../src/state/live/recent-events';
import { knownOrderEvents, ManualClock, placedOrders } from '../support/charts-fixtures';
import { MemoryLogSource } from '../support/timetravel-log-source';
import { metrics } from './charts-harness';

/** The few store fields the chart series read, in a store of their own. */
function fakeAppStore() {
  const store = createStore(() => ({
    recentEvents: new RecentEvents(),
    runId: 0,
    virtualTimeMs: 0,
    metricsById: {} as MetricsById,
    logSource: null,
  }));
  return store as unknown as Parameters<typeof connectChartSeries>[1] & typeof store;
}

describe('given chart series connected to the store', () => {
  it('when events arrive through the RecentEvents buffer, then the KPIs follow; a new run starts over', () => {
    const clock = new ManualClock();
    const series = new ChartSeriesStore(clock);
    const store = fakeAppStore();
    connectChartSeries(series, store);
    store.setState({ runId: 1 });

    store.getState().recentEvents.push(1, knownOrderEvents());
    expect(series.view().kpis.totalOrders).toBe(4);
    expect(series.view().statisticsPosition).toBe(9);
    expect(series.view().statisticsSamples.length).toBeGreaterThan(5);

    store.getState().recentEvents.push(2, placedOrders(1));
    clock.advance(250);
    expect(series.view()).toMatchObject({ runId: 2, statisticsPosition: 1 });
    expect(series.view().kpis.totalOrders).toBe(1);
  });

  it('when metrics change every frame, then operations are sampled at most every 250 ms, the last one included', () => {
    const clock = new ManualClock();
    const series = new ChartSeriesStore(clock);
    const store = fakeAppStore();
    connectChartSeries(series, store);
    store.setState({ runId: 1 });

    for (let frame = 1; frame <= 60; frame += 1) {
      const handled = frame * 2;
      store.setState({ virtualTimeMs: frame * 16, metricsById: { api: metrics('api', handled) } });
      clock.advance(1000 / 60);
    }
    clock.advance(250);

    const points = series.view().operations;
    // 1 s of frames: a leading sample and one per 250 ms after it (4-5), never one per frame.
    expect(points.length).toBeGreaterThanOrEqual(4);
    expect(points.length).toBeLessThanOrEqual(5);
    expect(points.at(-1)?.time).toBe(960);
    expect(points.at(-1)?.components[0]?.throughput).toBeGreaterThan(0);
  });
});

describe('given a statistics feed that starts after the run began', () => {
  it('when its first batch skips ahead, then it reads the missing positions from the stored log first', async () => {
    const events = knownOrderEvents();
    const source = new MemoryLogSource(events);
    let changes = 0;
    const feed = new OrderStatisticsFeed(() => {
      changes += 1;
    });

    feed.add(events.slice(6), source);
    feed.add(events.slice(8), source);
    await expect.poll(() => feed.position).toBe(9);

    expect(feed.model.totalOrders).toBe(4);
    expect(feed.model.byStatus).toMatchObject({ cancelled: 1, delivered: 1, confirmed: 1 });
    expect(source.reads).toBeGreaterThan(0);
    expect(changes).toBeGreaterThan(0);
  });

  it('when a gap cannot be filled (no stored log), then it carries on from the new events', () => {
    const feed = new OrderStatisticsFeed(() => {});
    feed.add(placedOrders(2, 10), null);
    expect(feed.position).toBe(11);
    expect(feed.model.totalOrders).toBe(2);
  });
});

describe('given chart series that hold a run', () => {
  it("when an imported log is replayed into them, then the KPIs are the imported log's, not the run's", async () => {
    const clock = new ManualClock();
    const series = new ChartSeriesStore(clock);
    const store = fakeAppStore();
    connectChartSeries(series, store);
    store.setState({ runId: 1 });
    store.getState().recentEvents.push(1, placedOrders(1));
    expect(series.view().kpis.totalOrders).toBe(1);

    await series.replayLog(new MemoryLogSource(knownOrderEvents()));
    clock.advance(250);

    expect(series.view().kpis.totalOrders).toBe(4);
    expect(series.view().statisticsPosition).toBe(9);
    expect(series.view().operations).toEqual([]);
  });
});
