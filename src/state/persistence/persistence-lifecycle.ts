import type { HostSnapshot } from '../../sim/host/engine-host';
import type { SavedWorkspace } from './saved-workspace';
import type { StorageStatusKind } from './storage-status';

/**
 * The persistence lifecycle of one page (README, "Saved automatically") as a pure machine:
 * `app/persistence/start-persistence.ts` performs the side effects and reports what happened as
 * events; the decisions (may the workspace be saved, does Resume run on) are queries on this state
 * (`persistence-lifecycle-queries.ts`). The phases run side by side, not one after the other: the
 * bootstrap asks for the restore while storage is still opening, and a write can fail at any time
 * after it opened, so each phase is its own small union.
 *
 * `Storage` is the opened storage's handle, kept here so that "storage is open" and "the handle"
 * cannot disagree; the state layer does not need to know what it is (Dexie stays in app/infra).
 */
export interface PersistenceLifecycle<Storage> {
  readonly storage: StoragePhase<Storage>;
  readonly workspace: WorkspacePhase;
  readonly restore: RestorePhase;
  /** The engine's last snapshot of a loaded scenario (what a save captures); null before any. */
  readonly latest: HostSnapshot | null;
}

/** IndexedDB: being opened, open, closed for good by another tab, or not to be had. */
export type StoragePhase<Storage> =
  | { readonly kind: 'opening' }
  | { readonly kind: 'open'; readonly storage: Storage; readonly writes: WritePhase }
  // Kept, not dropped: what is stored can still be read (and is closed with the page).
  | { readonly kind: 'closed'; readonly storage: Storage }
  | { readonly kind: 'unavailable' };

/**
 * Writing on open storage: going, halted by an error until the person presses Resume, or being
 * retried. `resumeRun` remembers that the error paused a running run, so a good Resume runs on.
 */
export type WritePhase =
  | { readonly kind: 'writing' }
  | { readonly kind: 'halted'; readonly resumeRun: boolean }
  | { readonly kind: 'retrying'; readonly resumeRun: boolean };

/** Reading the saved workspace; `ignored` notes that the store found one it could not use. */
export type WorkspacePhase =
  | { readonly kind: 'loading'; readonly ignored: boolean }
  | { readonly kind: 'loaded'; readonly found: FoundWorkspace };

/** What reading found; only `missing` may mean the browser lost a save (the marker tells). */
export type FoundWorkspace =
  | { readonly kind: 'saved'; readonly workspace: SavedWorkspace }
  | { readonly kind: 'missing' }
  | { readonly kind: 'ignored' }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'unavailable' };

/** Putting the saved workspace back (the bootstrap's restore hook); `putBack` is its answer. */
export type RestorePhase =
  | { readonly kind: 'not-asked' }
  | { readonly kind: 'restoring' }
  | { readonly kind: 'settled'; readonly putBack: boolean };

export type PersistenceEvent<Storage> =
  | { readonly type: 'storageOpened'; readonly storage: Storage }
  | { readonly type: 'storageFailed' }
  | { readonly type: 'workspaceIgnored' }
  | { readonly type: 'workspaceLoaded'; readonly workspace: SavedWorkspace | null }
  | { readonly type: 'workspaceUnreadable' }
  | { readonly type: 'restoreStarted' }
  | { readonly type: 'restoreSettled'; readonly putBack: boolean }
  | { readonly type: 'snapshotSeen'; readonly snapshot: HostSnapshot }
  | { readonly type: 'storageError'; readonly status: StorageStatusKind }
  | { readonly type: 'retried' }
  | { readonly type: 'retrySettled' };

export function initialPersistenceLifecycle<Storage>(): PersistenceLifecycle<Storage> {
  return {
    storage: { kind: 'opening' },
    workspace: { kind: 'loading', ignored: false },
    restore: { kind: 'not-asked' },
    latest: null,
  };
}

/** The next state. An event that means nothing in the current state returns it unchanged. */
export function persistenceLifecycle<Storage>(
  state: PersistenceLifecycle<Storage>,
  event: PersistenceEvent<Storage>,
): PersistenceLifecycle<Storage> {
  const { storage, workspace } = state;
  switch (event.type) {
    case 'storageOpened':
      if (storage.kind !== 'opening') return state;
      return { ...state, storage: { kind: 'open', storage: event.storage, writes: writing } };
    case 'storageFailed':
      // Nothing can be read either: loading is over, with nothing found.
      if (storage.kind !== 'opening') return state;
      return {
        ...state,
        storage: { kind: 'unavailable' },
        workspace: loaded({ kind: 'unavailable' }),
      };
    case 'workspaceIgnored':
      if (workspace.kind !== 'loading') return state;
      return { ...state, workspace: { kind: 'loading', ignored: true } };
    case 'workspaceLoaded':
      if (workspace.kind !== 'loading') return state;
      return { ...state, workspace: loaded(found(event.workspace, workspace.ignored)) };
    case 'workspaceUnreadable':
      if (workspace.kind !== 'loading') return state;
      return { ...state, workspace: loaded({ kind: 'unreadable' }) };
    case 'restoreStarted':
      return { ...state, restore: { kind: 'restoring' } };
    case 'restoreSettled':
      return { ...state, restore: { kind: 'settled', putBack: event.putBack } };
    case 'snapshotSeen':
      return { ...state, latest: event.snapshot };
    case 'storageError':
      if (storage.kind !== 'open') return state;
      if (event.status === 'closed') {
        return { ...state, storage: { kind: 'closed', storage: storage.storage } };
      }
      return withWrites(state, storage, {
        kind: 'halted',
        // A run the error paused runs on after a good Resume; when it was not running (paused
        // already, or by an earlier error) what an earlier error noted stands.
        resumeRun: state.latest?.running === true || resumesRun(storage.writes),
      });
    case 'retried':
      if (storage.kind !== 'open' || storage.writes.kind !== 'halted') return state;
      return withWrites(state, storage, { kind: 'retrying', resumeRun: storage.writes.resumeRun });
    case 'retrySettled':
      if (storage.kind !== 'open') return state;
      if (storage.writes.kind === 'retrying') return withWrites(state, storage, writing);
      // It failed again while retrying: the run stays paused, and the next Resume does not run
      // it on (as before this machine existed; see the spec).
      if (storage.writes.kind === 'halted') {
        return withWrites(state, storage, { kind: 'halted', resumeRun: false });
      }
      return state;
  }
}

const writing: WritePhase = { kind: 'writing' };

function loaded(found: FoundWorkspace): WorkspacePhase {
  return { kind: 'loaded', found };
}

/** A store that ignored what it held returns null too: that was found, not missing. */
function found(saved: SavedWorkspace | null, ignored: boolean): FoundWorkspace {
  if (saved) return { kind: 'saved', workspace: saved };
  return { kind: ignored ? 'ignored' : 'missing' };
}

function resumesRun(writes: WritePhase): boolean {
  return writes.kind !== 'writing' && writes.resumeRun;
}

function withWrites<Storage>(
  state: PersistenceLifecycle<Storage>,
  storage: Extract<StoragePhase<Storage>, { kind: 'open' }>,
  writes: WritePhase,
): PersistenceLifecycle<Storage> {
  return { ...state, storage: { ...storage, writes } };
}
