import { EVENTFOLD_DB_NAME, EventfoldDb } from '../db/schema';
import { DatabaseClosedError, DatabaseOpenError, toStorageError } from '../store/storage-errors';

/** The single workspace autosave row. */
export const CURRENT_WORKSPACE_KEY = 'current';

export type ParsedWorkspace<TSaved> =
  | { readonly ok: true; readonly workspace: TSaved }
  | { readonly ok: false; readonly reason: string };

export interface DexieWorkspaceStoreOptions<TSaved> {
  /** Database name; defaults to EVENTFOLD_DB_NAME. */
  readonly name?: string;
  /** An already constructed database (tests pass one). */
  readonly db?: EventfoldDb;
  /** Validates a stored value (the schema and its version belong to the app's state layer). */
  readonly parse: (raw: unknown) => ParsedWorkspace<TSaved>;
  /** Told why a stored workspace was ignored (damaged, or from a newer version). */
  readonly onIgnored?: (reason: string) => void;
  /** Wall clock for `savedAt`; injectable for tests. */
  readonly now?: () => number;
}

/**
 * The workspace autosave in Dexie's `workspace` table under the key 'current'. A stored value
 * that does not validate is ignored (and reported), never thrown: a bad save must not stop the
 * app from opening. Write failures reject with the typed storage errors of the event store.
 */
export class DexieWorkspaceStore<TDraft extends object, TSaved> {
  private closedError: DatabaseClosedError | undefined;

  private constructor(
    private readonly db: EventfoldDb,
    private readonly options: DexieWorkspaceStoreOptions<TSaved>,
  ) {}

  /** Opens the database; throws DatabaseOpenError when it cannot (private mode, blocked). */
  static async open<TDraft extends object, TSaved>(
    options: DexieWorkspaceStoreOptions<TSaved>,
  ): Promise<DexieWorkspaceStore<TDraft, TSaved>> {
    const db = options.db ?? new EventfoldDb(options.name ?? EVENTFOLD_DB_NAME);
    const store = new DexieWorkspaceStore<TDraft, TSaved>(db, options);
    // Another tab upgrading the schema: let it through (the event archive reports it to the UI).
    db.on('versionchange', () => {
      store.closedError ??= new DatabaseClosedError(db.name, 'version-change');
      db.close({ disableAutoOpen: true });
      return false;
    });
    try {
      await db.open();
      return store;
    } catch (error) {
      db.close({ disableAutoOpen: true });
      throw new DatabaseOpenError(db.name, error);
    }
  }

  /** The saved workspace, or null when there is none or it is not usable. */
  async load(): Promise<TSaved | null> {
    const row = await this.run(() => this.db.workspace.get(CURRENT_WORKSPACE_KEY));
    if (!row) return null;
    const parsed = this.options.parse(row.value);
    if (parsed.ok) return parsed.workspace;
    this.options.onIgnored?.(parsed.reason);
    return null;
  }

  /** Replaces the saved workspace, stamped with the wall-clock time it was saved. */
  async save(workspace: TDraft): Promise<void> {
    const savedAt = (this.options.now ?? Date.now)();
    await this.run(() =>
      this.db.workspace.put({ key: CURRENT_WORKSPACE_KEY, value: { ...workspace, savedAt } }),
    );
  }

  async clear(): Promise<void> {
    await this.run(() => this.db.workspace.delete(CURRENT_WORKSPACE_KEY));
  }

  close(): void {
    this.closedError ??= new DatabaseClosedError(this.db.name, 'closed');
    this.db.close({ disableAutoOpen: true });
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.closedError) throw this.closedError;
    try {
      return await work();
    } catch (error) {
      throw this.closedError ?? toStorageError(this.db.name, error);
    }
  }
}
