import type { HostSnapshot } from '../../../src/sim/host/engine-host';
import {
  type FoundWorkspace,
  initialPersistenceLifecycle,
  type PersistenceEvent,
  type PersistenceLifecycle,
  persistenceLifecycle,
  type StoragePhase,
  type WorkspacePhase,
  type WritePhase,
} from '../../../src/state/persistence/persistence-lifecycle';
import type { SavedWorkspace } from '../../../src/state/persistence/saved-workspace';
import type { StorageStatusKind } from '../../../src/state/persistence/storage-status';
import { reducerSpec } from '../../support/reducer-spec';

// What the persistence lifecycle specs share: a stand-in storage handle, the events, and the
// regions' expected shapes.

interface FakeStorage {
  readonly name: string;
}
export type Event = PersistenceEvent<FakeStorage>;
export type Lifecycle = PersistenceLifecycle<FakeStorage>;

export const storage: FakeStorage = { name: 'eventfold' };
export const saved = { savedAt: 1 } as unknown as SavedWorkspace;

/** A snapshot with only what the lifecycle reads (the rest is the engine's business). */
export function snapshot(running: boolean, journalLength = 0): HostSnapshot {
  const journal = Array.from({ length: journalLength }, (_, step) => ({ step }));
  return { runId: 1, running, journal } as unknown as HostSnapshot;
}

export const events = {
  opened: { type: 'storageOpened', storage },
  failed: { type: 'storageFailed' },
  ignored: { type: 'workspaceIgnored' },
  found: { type: 'workspaceLoaded', workspace: saved },
  none: { type: 'workspaceLoaded', workspace: null },
  unreadable: { type: 'workspaceUnreadable' },
  restoring: { type: 'restoreStarted' },
  putBack: { type: 'restoreSettled', putBack: true },
  nothingPutBack: { type: 'restoreSettled', putBack: false },
  running: { type: 'snapshotSeen', snapshot: snapshot(true) },
  paused: { type: 'snapshotSeen', snapshot: snapshot(false) },
  retried: { type: 'retried' },
  retrySettled: { type: 'retrySettled' },
} satisfies Record<string, Event>;

export const storageError = (status: StorageStatusKind): Event => ({
  type: 'storageError',
  status,
});

export const lifecycle = reducerSpec(
  persistenceLifecycle<FakeStorage>,
  initialPersistenceLifecycle<FakeStorage>(),
);

const open = (writes: WritePhase): StoragePhase<FakeStorage> => ({ kind: 'open', storage, writes });
export const writing = open({ kind: 'writing' });
export const halted = (resumeRun: boolean) => open({ kind: 'halted', resumeRun });
export const retrying = (resumeRun: boolean) => open({ kind: 'retrying', resumeRun });
export const loaded = (found: FoundWorkspace): WorkspacePhase => ({ kind: 'loaded', found });
