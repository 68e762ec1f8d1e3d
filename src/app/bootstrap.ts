import type { StoreApi } from 'zustand';
import type { EngineHost, Ticker } from '../sim/host/engine-host';
import type { EventfoldState } from '../state/eventfold-state';
import type { ExampleSource } from '../state/run/scenario-slice';
import { useEventfoldStore } from '../state/store';
import { animationFrames } from './animation-frames';
import { connectLogModels } from './connect-log-models';
import { connectEngine } from './engine-bridge';
import { fetchExample } from './example-source';
import { structuralReloadDelayMs, watchStructuralEdits } from './structural-reload';

/** The notice key of the first-open hint. */
export const firstOpenHintKey = 'first-open';

/** Shown once the example opens on a first visit: the quickest way to see what it does. */
export const firstOpenHint =
  'Press Run, then give Payment a 100% failure rate in the Inspector to watch sagas compensate';

/**
 * About 20 store updates a second while running (see SnapshotCoalescer for why not every frame):
 * 40 ms is more than two 60 Hz frames, so an in-page engine is shown every third frame, and less
 * than the engine worker's ~45-48 ms between snapshots, so the worker's snapshot is shown on the
 * next frame rather than held back one (50 ms held some back: uneven 15-20 updates a second).
 */
export const liveUpdateIntervalMs = 40;

/**
 * How far the engine may run ahead of the page's last drawn frame: every event it makes crosses
 * to the page and goes through its feeds (charts, timeline, invariants), so at 100x the page,
 * not the engine, must set the pace. ~25 frames a second of this many events is far above what
 * 10x makes (~3,500 events/s), so the window only bites when the page cannot keep up.
 */
export const SCREEN_WINDOW_EVENTS = 400;

export interface BootstrapOptions {
  readonly host: EngineHost;
  readonly store?: StoreApi<EventfoldState>;
  /** Display frames for store updates (requestAnimationFrame unless a test brings its own). */
  readonly frames?: Ticker;
  /**
   * Least wall time between store updates while running (a test's own frames default to every
   * frame; the page's requestAnimationFrame to liveUpdateIntervalMs).
   */
  readonly minRunningIntervalMs?: number;
  readonly readExample?: ExampleSource;
  /**
   * Brings back the saved workspace (scenario, layout, run) through the store's openScenario;
   * resolves false when there is none, and the example opens instead.
   */
  readonly restore?: () => Promise<boolean>;
  readonly structuralDelayMs?: number;
}

/** The running app's wiring; dispose() detaches the engine and stops watching the canvas. */
export interface AppWiring {
  dispose(): void;
}

/**
 * Wires the engine into the store, then opens the saved workspace or, on a first visit, the
 * built-in example with a hint on what to try. Resolves once something is open.
 */
export async function bootstrap(options: BootstrapOptions): Promise<AppWiring> {
  const store = options.store ?? useEventfoldStore;
  // Before the engine: the log's models see every event it reports.
  const disconnectModels = connectLogModels(store);
  const disconnect = connectEngine(options.host, store, options.frames ?? animationFrames(), {
    minRunningIntervalMs:
      options.minRunningIntervalMs ?? (options.frames ? 0 : liveUpdateIntervalMs),
    ...(!options.frames && { screenWindowEvents: SCREEN_WINDOW_EVENTS }),
  });
  const stopWatching = watchStructuralEdits(
    store,
    options.structuralDelayMs ?? structuralReloadDelayMs,
  );
  store.getState().attachExampleSource(options.readExample ?? fetchExample);
  const restored = await restoreSafely(options.restore, store);
  let stopHint = () => {};
  if (!restored && (await store.getState().loadExample())) {
    store.getState().showNotice(firstOpenHintKey, 'hint', firstOpenHint);
    stopHint = dismissHintOnFirstFault(options.host, store);
  }
  return {
    dispose() {
      stopHint();
      stopWatching();
      disconnect();
      disconnectModels();
    },
  };
}

/**
 * The first-open hint has done its work once the person injects a fault (the Inspector's
 * failure rate it suggests, or any Chaos action): it goes, rather than stay over the canvas
 * telling them to do what they did.
 */
function dismissHintOnFirstFault(host: EngineHost, store: StoreApi<EventfoldState>): () => void {
  let done = false;
  let unsubscribe: (() => void) | null = null;
  const stop = () => {
    done = true;
    unsubscribe?.();
  };
  unsubscribe = host.subscribe((snapshot) => {
    if (done || !snapshot.journal.some((entry) => entry.command.type === 'fault')) return;
    store.getState().dismissNoticeByKey(firstOpenHintKey);
    stop();
  });
  if (done) unsubscribe();
  return stop;
}

/** A restore that throws is reported and treated as "nothing saved", so the app still opens. */
async function restoreSafely(
  restore: (() => Promise<boolean>) | undefined,
  store: StoreApi<EventfoldState>,
): Promise<boolean> {
  if (!restore) return false;
  try {
    return await restore();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    store.getState().showNotice('restore', 'error', `Could not restore the workspace: ${reason}`);
    return false;
  }
}
