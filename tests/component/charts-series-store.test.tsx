import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand';
import { connectLogModels } from '../../src/app/connect-log-models';
import { ChartSeriesStore } from '../../src/state/charts/chart-series-store';
import { connectChartSeries } from '../../src/state/charts/connect-chart-series';
import { DeadLettersModel } from '../../src/state/dlq/dead-letters-model';
import { InvariantModel } from '../../src/state/invariants/invariant-model';
import type { MetricsById } from '../../src/state/live/live-metrics';
import { RecentEvents } from '../../src/state/live/recent-events';
import type { EventLogSource } from '../../src/state/log/event-log-source';
import { LogFollower } from '../../src/state/log/log-follower';
import { SagaTimelineModel } from '../../src/state/timeline/saga-timeline-model';
import { knownOrderEvents, ManualClock, placedOrders } from '../support/charts-fixtures';
import { MemoryLogSource } from '../support/timetravel-log-source';
import { metrics } from './charts-harness';

/** The store fields the log's models read, in a store of their own, wired as the app wires it. */
function connectedModels(clock: ManualClock, logSource: EventLogSource | null = null) {
  const chartSeries = new ChartSeriesStore(clock);
  const store = createStore(() => ({
    recentEvents: new RecentEvents(),
    runId: 0,
    virtualTimeMs: 0,
    metricsById: {} as MetricsById,
    logSource,
    logFollower: new LogFollower({ pageSize: 4 }),
    chartSeries,
    sagaTimeline: new SagaTimelineModel(),
    invariants: new InvariantModel(),
    deadLetters: new DeadLettersModel(),
  }));
  const typed = store as unknown as Parameters<typeof connectLogModels>[0] & typeof store;
  connectLogModels(typed);
  return { series: chartSeries, store: typed };
}

describe('given chart series connected as the app connects them', () => {
  it('when events arrive through the RecentEvents buffer, then the KPIs follow; a new run starts over', () => {
    const clock = new ManualClock();
    const { series, store } = connectedModels(clock);
    store.setState({ runId: 1 });

    store.getState().recentEvents.push(1, knownOrderEvents());
    expect(series.snapshot.kpis.totalOrders).toBe(4);
    expect(series.snapshot.statisticsPosition).toBe(9);
    expect(series.snapshot.statisticsSamples.length).toBeGreaterThan(5);

    store.setState({ runId: 2 });
    store.getState().recentEvents.push(2, placedOrders(1));
    clock.advance(250);
    expect(series.snapshot).toMatchObject({ runId: 2, statisticsPosition: 1 });
    expect(series.snapshot.kpis.totalOrders).toBe(1);
  });

  it('when metrics change every frame, then operations are sampled at most every 250 ms, the last one included', () => {
    const clock = new ManualClock();
    const series = new ChartSeriesStore(clock);
    const store = createStore(() => ({
      recentEvents: new RecentEvents(),
      runId: 0,
      virtualTimeMs: 0,
      metricsById: {} as MetricsById,
    }));
    connectChartSeries(series, store as unknown as Parameters<typeof connectChartSeries>[1]);
    store.setState({ runId: 1 });

    for (let frame = 1; frame <= 60; frame += 1) {
      const handled = frame * 2;
      store.setState({ virtualTimeMs: frame * 16, metricsById: { api: metrics('api', handled) } });
      clock.advance(1000 / 60);
    }
    clock.advance(250);

    const points = series.snapshot.operations;
    // 1 s of frames: a leading sample and one per 250 ms after it (4-5), never one per frame.
    expect(points.length).toBeGreaterThanOrEqual(4);
    expect(points.length).toBeLessThanOrEqual(5);
    expect(points.at(-1)?.time).toBe(960);
    expect(points.at(-1)?.components[0]?.throughput).toBeGreaterThan(0);
  });
});

describe('given chart statistics that start following after the run began', () => {
  it('when the first live batch skips ahead, then the missing positions are read from the stored log first', async () => {
    const events = knownOrderEvents();
    const source = new MemoryLogSource(events);
    const clock = new ManualClock();
    const { series, store } = connectedModels(clock, source);
    store.setState({ runId: 1 });

    store.getState().recentEvents.push(1, events.slice(6));
    store.getState().recentEvents.push(1, events.slice(8));
    await expect.poll(() => series.statistics.position).toBe(9);

    expect(series.statistics.model.totalOrders).toBe(4);
    expect(series.statistics.model.byStatus).toMatchObject({
      cancelled: 1,
      delivered: 1,
      confirmed: 1,
    });
    expect(source.reads).toBeGreaterThan(0);
  });

  it('when a gap cannot be filled (no stored log), then they carry on from the new events', () => {
    const { series, store } = connectedModels(new ManualClock());
    store.setState({ runId: 1 });
    store.getState().recentEvents.push(1, placedOrders(2, 10));
    expect(series.statistics.position).toBe(11);
    expect(series.statistics.model.totalOrders).toBe(2);
  });
});

describe('given chart series that hold a run', () => {
  it("when another log is shown and replayed, then the KPIs are that log's, not the run's", async () => {
    const clock = new ManualClock();
    const { series, store } = connectedModels(clock);
    store.setState({ runId: 1 });
    store.getState().recentEvents.push(1, placedOrders(1));
    expect(series.snapshot.kpis.totalOrders).toBe(1);

    store.setState({ logSource: new MemoryLogSource(knownOrderEvents()) });
    series.clearOperations();
    store.getState().logFollower.replay();
    await expect.poll(() => series.statistics.position).toBe(9);
    clock.advance(250);

    expect(series.snapshot.kpis.totalOrders).toBe(4);
    expect(series.snapshot.operations).toEqual([]);
  });
});
