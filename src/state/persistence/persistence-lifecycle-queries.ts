import type { HostSnapshot } from '../../sim/host/engine-host';
import type { PersistenceLifecycle } from './persistence-lifecycle';
import type { SavedWorkspace } from './saved-workspace';

// The decisions start-persistence takes from the lifecycle (persistence-lifecycle.ts).

type Lifecycle = PersistenceLifecycle<unknown>;

/**
 * Whether the workspace may be saved now. Never before the saved workspace was read and put back:
 * that would overwrite it. When nothing was put back, the example is still to be fetched and
 * opened, and saving the empty canvas would make a quick reload open nothing: saving starts with
 * the engine's first snapshot of what opens instead.
 */
export function canSave(state: Lifecycle): boolean {
  const { storage, workspace, restore, latest } = state;
  if (storage.kind !== 'open' || workspace.kind !== 'loaded' || restore.kind === 'restoring') {
    return false;
  }
  return (restore.kind === 'settled' && restore.putBack) || latest !== null;
}

/**
 * Whether this snapshot should be saved at once rather than at the next throttled save. A live
 * command (a fault, a redrive, a config change) joined the journal: a crash before the next save
 * would replay the run without it. The run stopped: a paused run is what a reload brings back.
 */
export function savesAtOnce(state: Lifecycle, snapshot: HostSnapshot): boolean {
  const journalGrew = snapshot.journal.length > (state.latest?.journal.length ?? 0);
  const stopped = state.latest?.running === true && !snapshot.running;
  return journalGrew || stopped;
}

/** The opened storage while there is one (also once it closed: what it holds can be read). */
export function storageOf<Storage>(state: PersistenceLifecycle<Storage>): Storage | null {
  const { storage } = state;
  return storage.kind === 'open' || storage.kind === 'closed' ? storage.storage : null;
}

/** Storage closed for good: nothing will be saved in this tab any more. */
export function savingStopped(state: Lifecycle): boolean {
  return state.storage.kind === 'closed';
}

/** Whether the retry being settled ends the halt that paused a running run (so it runs on). */
export function runResumesAfterRetry(state: Lifecycle): boolean {
  const { storage } = state;
  return storage.kind === 'open' && storage.writes.kind === 'retrying' && storage.writes.resumeRun;
}

/** The saved workspace loading found, to put back; null when there was none to use. */
export function savedWorkspaceOf(state: Lifecycle): SavedWorkspace | null {
  const { workspace } = state;
  return workspace.kind === 'loaded' && workspace.found.kind === 'saved'
    ? workspace.found.workspace
    : null;
}

/**
 * A readable store held no workspace: if a save was noted (saved-marker.ts), the browser lost it.
 * Not when it held one that was ignored or could not be read: that was found, not lost.
 */
export function workspaceMissing(state: Lifecycle): boolean {
  const { workspace } = state;
  return workspace.kind === 'loaded' && workspace.found.kind === 'missing';
}
