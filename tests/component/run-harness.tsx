import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, render } from '@testing-library/react';
import { App } from '../../src/app/App';
import { type AppWiring, bootstrap } from '../../src/app/bootstrap';
import type { HostSnapshot } from '../../src/sim/host/engine-host';
import { InlineEngineHost } from '../../src/sim/host/inline-engine-host';
import { parseScenarioText } from '../../src/sim/scenario/load-scenario';
import { RecentEvents } from '../../src/state/live/recent-events';
import type { ExampleSource } from '../../src/state/run/scenario-slice';
import { useEventfoldStore } from '../../src/state/store';
import { FakeTicker } from '../unit/sim/host/fake-ticker';

/** The example as the app fetches it, read from public/ instead. */
export const readExampleFromDisk: ExampleSource = async () =>
  parseScenarioText(
    readFileSync(resolve(__dirname, '../../public/scenarios/order-saga.json'), 'utf8'),
  );

/** Wall time between fake frames: 60 frames per second. */
export const frameMs = 1000 / 60;

/** The harness's debounce before a structural canvas edit reloads the engine (the app's is longer). */
export const structuralDelayMs = 10;

/**
 * The whole app over a fresh store, wired like main.tsx but with an inline engine driven by a
 * fake ticker and fake animation frames, so a test decides when time passes.
 */
export async function renderAppWithEngine(options: { structuralDelayMs?: number } = {}) {
  useEventfoldStore.setState(useEventfoldStore.getInitialState(), true);
  useEventfoldStore.setState({ recentEvents: new RecentEvents() });
  const ticker = new FakeTicker();
  const frames = new FakeTicker();
  const host = new InlineEngineHost(ticker);
  const snapshots: HostSnapshot[] = [];
  host.subscribe((snapshot) => snapshots.push(snapshot));
  const view = render(<App />);
  let wiring: AppWiring | null = null;
  await act(async () => {
    wiring = await bootstrap({
      host,
      frames,
      readExample: readExampleFromDisk,
      structuralDelayMs: options.structuralDelayMs ?? structuralDelayMs,
    });
  });
  let wallMs = 0;

  /** Lets `count` frames pass: the engine ticks, then the page paints what it published. */
  const advanceFrames = (count = 1) =>
    act(() => {
      for (let frame = 0; frame < count; frame += 1) {
        wallMs += frameMs;
        ticker.tick(wallMs);
        frames.tick(wallMs);
      }
    });

  await advanceFrames(1);
  return {
    view,
    host,
    ticker,
    frames,
    snapshots,
    advanceFrames,
    /** The newest snapshot the engine published. */
    latestSnapshot: () => snapshots.at(-1) as HostSnapshot,
    dispose: () => {
      wiring?.dispose();
      host.dispose();
    },
  };
}
