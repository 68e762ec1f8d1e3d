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
 * The durable copy of the engine's event log, as the page sees it. The archive is fed behind the
 * engine (in the engine's worker in the app) and stores each event at the position the engine
 * gave it, or stops and reports the mismatch. A storage error halts writing until `retry()`.
 */
export interface EventArchive {
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
