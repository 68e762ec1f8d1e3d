import type { StoreApi } from 'zustand';
import type { EngineArchive } from '../../infra/workspace/engine-archive';
import type { EngineHost } from '../../sim/host/engine-host';
import type { UnsavedLimit } from '../../sim/host/unsaved-window';
import { captureWorkspace } from '../../state/persistence/capture-workspace';
import {
  initialPersistenceLifecycle,
  type PersistenceEvent,
  persistenceLifecycle,
} from '../../state/persistence/persistence-lifecycle';
import {
  canSave,
  runResumesAfterRetry,
  savedWorkspaceOf,
  savesAtOnce,
  savingStopped,
  storageOf,
  workspaceMissing,
} from '../../state/persistence/persistence-lifecycle-queries';
import type { StateWithPersistence } from '../../state/persistence/persistence-store';
import { workspaceIgnoredNotice } from '../../state/persistence/saved-workspace';
import { statusForStorageError } from '../../state/persistence/storage-status';
import { asPorts, type OpenedStorage, openStorage } from './open-persistence';
import { restoreWorkspace, workspaceNoticeKey } from './restore-workspace';
import {
  lostWorkspaceNotice,
  type MarkerStorage,
  readSavedMarker,
  writeSavedMarker,
} from './saved-marker';
import { WorkspaceAutosave } from './workspace-autosave';

/**
 * How far the engine may run ahead of saving. At ~2,000-3,000 saved events a second this is about
 * two seconds of writing: enough to keep the writer busy (ten of its batches), small enough that
 * the page's queue of unsaved events (and its heap) stays bounded at any speed, and that saving
 * catches up within seconds of a Pause.
 */
export const UNSAVED_LIMIT: UnsavedLimit = { events: 5_000, bytes: 4 * 1024 * 1024 };

export interface PersistenceOptions {
  /** The app's store, with the persistence slice composed in. */
  readonly store: StoreApi<StateWithPersistence>;
  /** The engine host (the same one the bootstrap attaches). */
  readonly engine: EngineHost;
  /**
   * Where the engine's log is written: the app's worker writes it beside the engine
   * (`WorkerEngineHost.archive()`); tests with an engine in their own thread compose the same
   * recorder beside it. Create it before the engine runs anything: it must see every
   * snapshot's events.
   */
  readonly archive: EngineArchive;
  /** IndexedDB database name (tests use unique ones); defaults to 'eventfold'. */
  readonly dbName?: string;
  readonly saveIntervalMs?: number;
  /** The page whose hiding flushes the autosave (the app passes `window`). */
  readonly page?: Window;
  /** Where a note of each save is kept, to tell a lost workspace (the app: localStorage). */
  readonly marker?: MarkerStorage;
  /** Wall clock for that note; injectable for tests. */
  readonly now?: () => number;
}

export interface Persistence {
  /** The bootstrap's restore hook: true when a saved workspace was put back. */
  readonly restore: () => Promise<boolean>;
  /** True once storage is open; false when it could not be (the app runs without saving). */
  readonly ready: Promise<boolean>;
  /** The open storage, or null (tests inspect the archive through it). */
  storage(): OpenedStorage | null;
  /** Waits for queued events to be written, saves the workspace, and waits again. */
  flush(): Promise<void>;
  dispose(): void;
}

/**
 * Wires persistence (README, "Saved automatically"): the engine's events are written behind it to
 * IndexedDB, the workspace autosaves (throttled, flushed when the page hides), `restore` puts a
 * saved workspace back, and storage failures pause the run and reach the banner via the store.
 * Call it before the engine runs anything: a snapshot's new events are handed out only once.
 * Where it stands (storage opening or halted, the workspace read, the restore) is the pure machine
 * of state/persistence/persistence-lifecycle.ts: this function does what its queries decide.
 */
export function startPersistence(options: PersistenceOptions): Persistence {
  const { store, engine } = options;
  const actions = () => store.getState();
  const engineArchive = options.archive;
  const cleanups: Array<() => void> = [];
  // The one mutable piece of the lifecycle: what happened is dispatched, decisions are queries.
  let lifecycle = initialPersistenceLifecycle<OpenedStorage>();
  const dispatch = (event: PersistenceEvent<OpenedStorage>) => {
    lifecycle = persistenceLifecycle(lifecycle, event);
  };

  const report = (error: unknown) => {
    const status = statusForStorageError(error);
    dispatch({ type: 'storageError', status: status.kind });
    actions().setStorageStatus(status);
    if (savingStopped(lifecycle)) {
      autosave.stop();
      // Nothing will be saved any more: waiting for saving would hold the run for good.
      engine.limitUnsaved(null);
    }
    // Events the log cannot keep should not pile up: pause, and run on after a good Resume.
    engine.pause();
  };

  const autosave = new WorkspaceAutosave({
    save: async () => {
      const opened = storageOf(lifecycle);
      if (!opened) return;
      await opened.workspaces.save(captureWorkspace(actions(), lifecycle.latest));
      const savedAt = (options.now ?? Date.now)();
      writeSavedMarker(options.marker, { savedAt, events: opened.archive.durablePosition });
    },
    canSave: () => canSave(lifecycle),
    onError: report,
    intervalMs: options.saveIntervalMs,
  });

  const onIgnored = (reason: string) => {
    dispatch({ type: 'workspaceIgnored' });
    actions().showNotice(workspaceNoticeKey, 'error', workspaceIgnoredNotice(reason));
  };
  const loaded = openStorage(engineArchive, options.dbName, onIgnored).then(async (opening) => {
    if (!opening.ok) {
      dispatch({ type: 'storageFailed' });
      actions().setStorageStatus(statusForStorageError(opening.error));
      return;
    }
    dispatch({ type: 'storageOpened', storage: opening });
    const { archive, workspaces } = asPorts(opening);
    // Backpressure: the engine runs only a window ahead of what is saved.
    engine.limitUnsaved(UNSAVED_LIMIT);
    cleanups.push(
      archive.onDurablePositionChange((position) => actions().setDurablePosition(position)),
      archive.onClosed(report),
      archive.onError(report),
    );
    try {
      dispatch({ type: 'workspaceLoaded', workspace: await workspaces.load() });
    } catch (error) {
      report(error);
      dispatch({ type: 'workspaceUnreadable' });
    }
  });

  cleanups.push(
    store.subscribe((state, prev) => {
      if (workspaceChanged(state, prev)) autosave.schedule();
    }),
    engine.subscribe((snapshot) => {
      if (snapshot.status === 'empty') return;
      const urgent = savesAtOnce(lifecycle, snapshot);
      dispatch({ type: 'snapshotSeen', snapshot });
      if (urgent) void autosave.flush();
      else autosave.schedule();
    }),
  );
  if (options.page) cleanups.push(flushWhenHidden(options.page, () => void autosave.flush()));

  const retry = async () => {
    const opened = storageOf(lifecycle);
    if (!opened) return;
    dispatch({ type: 'retried' });
    opened.archive.retry();
    await autosave.flush();
    await opened.archive.whenIdle();
    const resume = runResumesAfterRetry(lifecycle);
    dispatch({ type: 'retrySettled' });
    if (resume) engine.run();
  };
  actions().attachStorageControls({ retry: () => void retry() });

  const restore = async (): Promise<boolean> => {
    dispatch({ type: 'restoreStarted' });
    let putBack = false;
    try {
      await loaded;
      const marker = workspaceMissing(lifecycle) ? readSavedMarker(options.marker) : null;
      // A save was noted but the store holds none: the browser lost it. Say so.
      if (marker) actions().showNotice(workspaceNoticeKey, 'error', lostWorkspaceNotice(marker));
      const saved = savedWorkspaceOf(lifecycle);
      putBack =
        saved !== null &&
        (await restoreWorkspace(saved, {
          store,
          engine,
          archive: engineArchive,
          latestRunId: lifecycle.latest?.runId ?? null,
          storedHead: storageOf(lifecycle)?.archive.durablePosition ?? 0,
        }));
      return putBack;
    } finally {
      dispatch({ type: 'restoreSettled', putBack });
      // Saving may start now (canSave says when), for what changed while restoring.
      autosave.schedule();
    }
  };

  return {
    restore,
    ready: loaded.then(() => storageOf(lifecycle) !== null),
    storage: () => storageOf(lifecycle),
    flush: async () => {
      // Events first, so that the save (and its note) counts them all.
      await storageOf(lifecycle)?.archive.whenIdle();
      await autosave.flush();
      await storageOf(lifecycle)?.archive.whenIdle();
    },
    dispose: () => {
      for (const cleanup of cleanups.splice(0)) cleanup();
      autosave.stop();
      engineArchive.stop();
      actions().attachStorageControls(null);
      const opened = storageOf(lifecycle);
      opened?.archive.close();
      opened?.workspaces.close();
    },
  };
}

/** What changes the saved workspace (selection and measurements ride along in `nodes`). */
function workspaceChanged(state: StateWithPersistence, prev: StateWithPersistence): boolean {
  return (
    state.nodes !== prev.nodes ||
    state.edges !== prev.edges ||
    state.scenarioMeta !== prev.scenarioMeta ||
    state.speed !== prev.speed ||
    state.seed !== prev.seed ||
    state.theme !== prev.theme ||
    state.activeTab !== prev.activeTab ||
    state.bottomPanelShare !== prev.bottomPanelShare
  );
}

/** Flushes on pagehide and when the tab is hidden (the last chance to save reliably). */
function flushWhenHidden(page: Window, flush: () => void): () => void {
  const onVisibility = () => {
    if (page.document.visibilityState === 'hidden') flush();
  };
  page.addEventListener('pagehide', flush);
  page.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    page.removeEventListener('pagehide', flush);
    page.document.removeEventListener('visibilitychange', onVisibility);
  };
}
