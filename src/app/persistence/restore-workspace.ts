import type { StoreApi } from 'zustand';
import type { EngineHost } from '../../sim/host/engine-host';
import { loadScenario } from '../../sim/scenario/load-scenario';
import type { Scenario } from '../../sim/scenario/scenario-schema';
import { canvasFromSaved } from '../../state/persistence/canvas-from-saved';
import type { StateWithPersistence } from '../../state/persistence/persistence-store';
import {
  type SavedWorkspace,
  workspaceIgnoredNotice,
} from '../../state/persistence/saved-workspace';
import { readStoredTheme } from '../../ui/theme/theme-preference';
import { nextRunSnapshot } from './next-run-snapshot';

export interface RestoreContext {
  readonly store: StoreApi<StateWithPersistence>;
  readonly engine: EngineHost;
  /** Told before the engine rebuilds the run, so that it reconciles the stored log, not clears it. */
  readonly archive: { expectRestoredRun(): void };
  /** The run the engine reported last (null before any): the restored one is another. */
  readonly latestRunId: number | null;
  /** Events in the stored log when storage opened: the restored run replays at least as far. */
  readonly storedHead?: number;
}

/** The notice key of workspace restore problems (one replaces the other). */
export const workspaceNoticeKey = 'workspace';

/**
 * Puts a saved workspace back: the settings, then the canvas and its run through the store's
 * openCanvas, the engine replaying the run's journal to the saved position (paused there).
 * Resolves true once the engine reports the rebuilt run; false when nothing was usable.
 */
export async function restoreWorkspace(
  saved: SavedWorkspace,
  { store, engine, archive, latestRunId, storedHead = 0 }: RestoreContext,
): Promise<boolean> {
  const state = store.getState();
  const canvas = canvasFromSaved(saved.scenario);
  if (!canvas) {
    const notice = workspaceIgnoredNotice('its canvas could not be read');
    state.showNotice(workspaceNoticeKey, 'error', notice);
    return false;
  }
  const { settings, run } = saved;
  state.setSpeed(settings.speed);
  state.setActiveTab(settings.activeTab);
  state.setBottomPanelShare(settings.bottomPanelShare ?? null);
  // An explicit theme choice is kept in localStorage, written at once; the workspace may lag it.
  if (readStoredTheme() === null) state.setTheme(settings.theme);

  const runScenario = run ? (validScenario(run.scenario) ?? canvas.scenario) : null;
  if (!run || !runScenario) {
    // Nothing had run (or it cannot be rebuilt): the canvas's scenario starts afresh.
    state.openCanvas(canvas, { scenario: canvas.scenario });
    return true;
  }
  archive.expectRestoredRun();
  const restored = nextRunSnapshot(engine, latestRunId);
  state.openCanvas(canvas, {
    scenario: runScenario,
    position: {
      scenario: runScenario,
      seed: run.seed,
      journal: run.journal,
      steps: run.steps,
      timeMs: run.timeMs,
      // The log may be durable beyond the last autosave (a crash in between): keep all of it.
      minEvents: storedHead,
    },
  });
  const snapshot = await restored;
  if (snapshot?.error) {
    state.showNotice(
      workspaceNoticeKey,
      'error',
      `The saved run could not be rebuilt (${snapshot.error}); the canvas and settings were restored.`,
    );
  }
  return true;
}

function validScenario(json: unknown): Scenario | null {
  if (json === undefined) return null;
  const loaded = loadScenario(json);
  return loaded.ok ? loaded.scenario : null;
}
