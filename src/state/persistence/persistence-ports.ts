import type { StoredEvent } from '../../core/messages/event';
import type { SavedWorkspace, WorkspaceDraft } from './saved-workspace';

/** Where the workspace autosave lives (IndexedDB in the app). */
export interface WorkspaceStore {
  /** The saved workspace, or null when there is none or it cannot be used (a notice says why). */
  load(): Promise<SavedWorkspace | null>;
  /** Replaces the saved workspace; storage stamps `savedAt`. Rejects with a typed storage error. */
  save(workspace: WorkspaceDraft): Promise<void>;
  clear(): Promise<void>;
}

/**
 * The durable copy of the engine's event log, written behind the engine. Events arrive with the
 * positions the engine gave them, and the archive stores them at exactly those positions (or
 * stops and reports the mismatch). A storage error halts writing until `retry()`.
 */
export interface EventArchive {
  /** Queues the current run's next events (contiguous positions) for writing. */
  append(events: readonly StoredEvent[]): void;
  /** A new run starts: stored events are cleared before any of the new run's are written. */
  reset(): void;
  /**
   * The engine rebuilt the stored run (a restore): `events` is its whole log from position 1.
   * What is stored and agrees with it is kept, the rest is replaced, the missing part appended.
   */
  continueRun(events: readonly StoredEvent[]): void;
  /** Tries the halted write again (after a full quota was freed). */
  retry(): void;
  /** Resolves when nothing is being written (everything queued is stored, or writing halted). */
  whenIdle(): Promise<void>;
  /** How many events are stored. */
  count(): Promise<number>;
  /** The highest position committed for the current run. */
  readonly durablePosition: number;
  onDurablePositionChange(listener: (position: number) => void): () => void;
  /** The connection closed (another tab upgraded the database): nothing more will be written. */
  onClosed(listener: (error: Error) => void): () => void;
  /** A write failed (full quota, a stored position that differs from the engine's...). */
  onError(listener: (error: Error) => void): () => void;
}
