import { render } from '@testing-library/react';
import type { StoredEvent } from '../../src/core/messages/event';
import { ChartSeriesStore } from '../../src/state/charts/chart-series-store';
import type { MetricsById } from '../../src/state/live/live-metrics';
import { useEventfoldStore } from '../../src/state/store';
import { ChartsPanel } from '../../src/ui/charts/ChartsPanel';
import { ManualClock } from '../support/charts-fixtures';

/** A component's live metrics with the given counters (the rest zero). */
export function metrics(id: string, handled: number, extra: Record<string, number> = {}) {
  return {
    id,
    received: handled,
    handled,
    errors: 0,
    queueDepth: 0,
    inFlight: 0,
    latency: { p50: 4, p95: 12, p99: 20 },
    status: 'running' as const,
    extra,
    throughput: 0,
    intake: 0,
    flowLevel: 0 as const,
    intakeLevel: 0 as const,
  };
}

/**
 * The Charts tab over a fresh store whose chart series (on a manual clock) hold `events` and
 * two samples of metrics, so every chart has something to draw.
 */
export function renderChartsWith(events: readonly StoredEvent[]) {
  useEventfoldStore.setState(useEventfoldStore.getInitialState(), true);
  const clock = new ManualClock();
  const series = new ChartSeriesStore(clock);
  series.statistics.apply(events);
  const sample = (handled: number): MetricsById => ({
    api: metrics('api', handled),
    dlq: metrics('dlq', 0, { deadLetters: handled / 10 }),
    saga: metrics('saga', handled, { sagasCompleted: handled / 2, sagasCompensated: 1 }),
  });
  series.observeMetrics(1000, sample(10));
  clock.advance(300);
  series.observeMetrics(2000, sample(30));
  clock.advance(300);
  useEventfoldStore.setState({ chartSeries: series });
  return { series, clock, ...render(<ChartsPanel />) };
}
