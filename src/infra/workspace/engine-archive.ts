import type { DurableEventLog } from '../log-source/dexie-event-log-source';

/** The event archive as the page uses it, wherever it is written (DexieEventArchive fits). */
export interface PageArchive extends DurableEventLog {
  onClosed(listener: (error: Error) => void): () => void;
  onError(listener: (error: Error) => void): () => void;
  retry(): void;
  whenIdle(): Promise<void>;
  count(): Promise<number>;
  /** Stops writing and closes the connection. */
  close(): void;
}

/** The archive written behind the engine, seen from the page. */
export interface EngineArchive {
  /**
   * Opens it on database `name` (the default database when absent). Rejects (DatabaseOpenError)
   * when IndexedDB cannot be opened; the run's events are then dropped, not kept in memory.
   */
  open(name?: string): Promise<PageArchive>;
  /** The next run the engine reports is the saved one rebuilt: reconcile it, do not clear. */
  expectRestoredRun(): void;
  stop(): void;
}
