// @vitest-environment jsdom
import '../setup/component.setup';
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { connectEngine } from '../../src/app/engine-bridge';
import type { HostSnapshot } from '../../src/sim/host/engine-host';
import { InlineEngineHost } from '../../src/sim/host/inline-engine-host';
import { connectChartSeries } from '../../src/state/charts/connect-chart-series';
import { useEventfoldStore } from '../../src/state/store';
import { FakeTicker } from '../unit/sim/host/fake-ticker';
import { readExampleFromDisk } from './run-harness';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

/** The app's store wired to an inline engine and the chart series, as the bootstrap wires them. */
function wiredStore() {
  useEventfoldStore.setState(useEventfoldStore.getInitialState(), true);
  const ticker = new FakeTicker();
  const frames = new FakeTicker();
  const host = new InlineEngineHost(ticker);
  const published: HostSnapshot[] = [];
  host.subscribe((snapshot) => published.push(snapshot));
  const disconnect = connectEngine(host, useEventfoldStore, frames);
  const stopCharts = connectChartSeries(
    useEventfoldStore.getState().chartSeries,
    useEventfoldStore,
  );
  cleanups.push(stopCharts, disconnect, () => host.dispose());
  return { ticker, frames, published };
}

describe('given a paused run that is reloaded (restored from its journal)', () => {
  it('when the restored run reaches the page, then the operations charts have its history, not one point', async () => {
    const example = await readExampleFromDisk();
    if (!example.ok) throw new Error(example.errors.join('; '));
    const live = wiredStore();
    useEventfoldStore.getState().openScenario(example.scenario);
    useEventfoldStore.getState().run();
    live.ticker.advanceFrames(40, 50);
    useEventfoldStore.getState().pause();
    live.ticker.advanceFrames(1, 16);
    const paused = live.published.at(-1)!;
    for (const cleanup of cleanups.splice(0)) cleanup();

    // The page after a reload: a new store and engine, the run restored to where it paused.
    const reloaded = wiredStore();
    useEventfoldStore.getState().openScenario(example.scenario, {
      position: {
        scenario: example.scenario,
        seed: paused.seed,
        journal: paused.journal,
        steps: paused.steps,
        timeMs: paused.time,
        minEvents: paused.events,
      },
    });
    reloaded.ticker.advanceFrames(1, 16);
    reloaded.frames.advanceFrames(1, 16);
    expect(useEventfoldStore.getState().eventCount).toBe(paused.events);
    // A point every 250 virtual ms of the run, as the replay passed through it.
    expect(paused.time).toBeGreaterThan(1_500);
    await waitFor(() =>
      expect(
        useEventfoldStore.getState().chartSeries.snapshot.operations.length,
      ).toBeGreaterThanOrEqual(Math.floor(paused.time / 250)),
    );
  });
});
