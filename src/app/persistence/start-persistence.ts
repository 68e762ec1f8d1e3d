import type { StoreApi } from 'zustand';
import type { EngineArchive } from '../../infra/workspace/engine-archive';
import type { EngineHost, HostSnapshot } from '../../sim/host/engine-host';
import type { UnsavedLimit } from '../../sim/host/unsaved-window';
import { captureWorkspace } from '../../state/persistence/capture-workspace';
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
 */
export function startPersistence(options: PersistenceOptions): Persistence {
  const { store, engine } = options;
  const actions = () => store.getState();
  const engineArchive = options.archive;
  let latest: HostSnapshot | null = null;
  const cleanups: Array<() => void> = [];
  let opened: OpenedStorage | null = null;
  let loadSettled = false;
  let restoring = false;
  let restoreSettled = false;
  let resumeRunAfterRetry = false;
  let journalLength = 0;
  let wasRunning = false;
  // Whether loading found no workspace in a readable store (not an ignored or unreadable one).
  let workspaceMissing = false;

  const report = (error: unknown) => {
    const status = statusForStorageError(error);
    actions().setStorageStatus(status);
    if (status.kind === 'closed') {
      autosave.stop();
      // Nothing will be saved any more: waiting for saving would hold the run for good.
      engine.limitUnsaved(null);
    }
    // Events the log cannot keep should not pile up: pause, and run on after a good Resume.
    if (latest?.running) resumeRunAfterRetry = status.kind !== 'closed';
    engine.pause();
  };

  const autosave = new WorkspaceAutosave({
    save: async () => {
      if (!opened) return;
      await opened.workspaces.save(captureWorkspace(actions(), latest));
      const savedAt = (options.now ?? Date.now)();
      writeSavedMarker(options.marker, { savedAt, events: opened.archive.durablePosition });
    },
    // Never before the saved workspace was read and put back: that would overwrite it.
    canSave: () =>
      opened !== null && loadSettled && !restoring && (restoreSettled || latest !== null),
    onError: report,
    intervalMs: options.saveIntervalMs,
  });

  let workspaceIgnored = false;
  const onIgnored = (reason: string) => {
    workspaceIgnored = true;
    actions().showNotice(workspaceNoticeKey, 'error', workspaceIgnoredNotice(reason));
  };
  const loaded = openStorage(engineArchive, options.dbName, onIgnored)
    .then(async (opening) => {
      if (!opening.ok) {
        actions().setStorageStatus(statusForStorageError(opening.error));
        return null;
      }
      opened = opening;
      const { archive, workspaces } = asPorts(opening);
      // Backpressure: the engine runs only a window ahead of what is saved.
      engine.limitUnsaved(UNSAVED_LIMIT);
      cleanups.push(
        archive.onDurablePositionChange((position) => actions().setDurablePosition(position)),
        archive.onClosed(report),
        archive.onError(report),
      );
      try {
        const saved = await workspaces.load();
        workspaceMissing = saved === null && !workspaceIgnored;
        return saved;
      } catch (error) {
        report(error);
        return null;
      }
    })
    .finally(() => {
      loadSettled = true;
    });

  cleanups.push(
    store.subscribe((state, prev) => {
      if (workspaceChanged(state, prev)) autosave.schedule();
    }),
    engine.subscribe((snapshot) => {
      if (snapshot.status === 'empty') return;
      latest = snapshot;
      // A live command (a fault, a redrive, a config change) joined the journal: save it now,
      // not at the next throttled save, or a crash in between would replay the run without it.
      // The same when the run stops: a paused run is what a reload is expected to bring back.
      const journalGrew = snapshot.journal.length > journalLength;
      const stopped = wasRunning && !snapshot.running;
      journalLength = snapshot.journal.length;
      wasRunning = snapshot.running;
      if (journalGrew || stopped) void autosave.flush();
      else autosave.schedule();
    }),
  );
  if (options.page) cleanups.push(flushWhenHidden(options.page, () => void autosave.flush()));

  const retry = async () => {
    if (!opened) return;
    opened.archive.retry();
    await autosave.flush();
    await opened.archive.whenIdle();
    if (actions().storageStatus.kind === 'ok' && resumeRunAfterRetry) engine.run();
    resumeRunAfterRetry = false;
  };
  actions().attachStorageControls({ retry: () => void retry() });

  const restore = async (): Promise<boolean> => {
    restoring = true;
    let putBack = false;
    try {
      const saved = await loaded;
      const marker = workspaceMissing ? readSavedMarker(options.marker) : null;
      // A save was noted but the store holds none: the browser lost it. Say so.
      if (marker) actions().showNotice(workspaceNoticeKey, 'error', lostWorkspaceNotice(marker));
      const storedHead = opened?.archive.durablePosition ?? 0;
      putBack =
        saved !== null &&
        (await restoreWorkspace(saved, {
          store,
          engine,
          archive: engineArchive,
          latestRunId: latest?.runId ?? null,
          storedHead,
        }));
      return putBack;
    } finally {
      restoring = false;
      // Nothing put back: the example is still to be fetched and opened, and saving the empty
      // canvas now would make a quick reload open nothing. Saving starts with the engine's first
      // snapshot of what opens instead (canSave).
      restoreSettled = putBack;
      autosave.schedule();
    }
  };

  return {
    restore,
    ready: loaded.then(() => opened !== null),
    storage: () => opened,
    flush: async () => {
      // Events first, so that the save (and its note) counts them all.
      await opened?.archive.whenIdle();
      await autosave.flush();
      await opened?.archive.whenIdle();
    },
    dispose: () => {
      for (const cleanup of cleanups.splice(0)) cleanup();
      autosave.stop();
      engineArchive.stop();
      actions().attachStorageControls(null);
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
