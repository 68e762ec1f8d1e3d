import type { EventEnvelope, StoredEvent } from '../../core/messages/event';
import type {
  AppendOptions,
  AppendResult,
  EventStore,
  StoreSubscription,
  StoreSubscriptionHandlers,
} from '../../core/store/event-store';
import { EVENTFOLD_DB_NAME, EventfoldDb } from '../db/schema';
import { DexieSubscription } from './dexie-subscription';
import { readHead, readPage, readStreamPage, readStreamVersion } from './event-queries';
import { GroupCommitter, type WriterCache } from './group-commit';
import { Listeners } from './listeners';
import { DatabaseClosedError, DatabaseOpenError, toStorageError } from './storage-errors';

export interface DexieEventStoreOptions {
  /** Database name; defaults to EVENTFOLD_DB_NAME. Tests use a unique name each. */
  readonly name?: string;
  /** An already constructed database (tests pass one to observe it). */
  readonly db?: EventfoldDb;
  /** Upper bound on events written by one group-commit transaction. */
  readonly maxGroupEvents?: number;
}

/**
 * The EventStore port on IndexedDB (Dexie). Appends are group-committed (see GroupCommitter);
 * reads are bulk, paged by position or stream version. This tab is assumed to be the log's
 * only writer: other tabs' commits are detected at write time by the unique indexes, but live
 * notifications across tabs are a later concern.
 *
 * `durablePosition` is the highest position whose transaction has committed, i.e. how far
 * the log is safe in IndexedDB; the UI listens with `onDurablePositionChange`. When another
 * tab upgrades or deletes the database, the connection closes, every pending and later call
 * fails with DatabaseClosedError, and `onClosed` listeners are told so the UI can explain.
 */
export class DexieEventStore implements EventStore {
  private readonly cache: WriterCache;
  private readonly committer: GroupCommitter;
  private readonly subscriptions = new Set<DexieSubscription>();
  private readonly durableListeners = new Listeners<number>();
  private readonly closedListeners = new Listeners<DatabaseClosedError>();
  private closedError: DatabaseClosedError | undefined;

  private constructor(
    readonly db: EventfoldDb,
    head: number,
    maxGroupEvents: number | undefined,
  ) {
    this.cache = { head, versions: new Map() };
    this.committer = new GroupCommitter({
      db,
      cache: this.cache,
      onCommitted: (rows) => this.committed(rows),
      describeFailure: (error) => this.describeFailure(error),
      maxGroupEvents,
    });
  }

  /** Opens (creating or upgrading) the database; throws DatabaseOpenError when it cannot. */
  static async open(options: DexieEventStoreOptions = {}): Promise<DexieEventStore> {
    const db = options.db ?? new EventfoldDb(options.name ?? EVENTFOLD_DB_NAME);
    let store: DexieEventStore | undefined;
    // Registered before open so an upgrade racing the open is not missed. Returning false
    // stops Dexie's default handler, which would reopen the database behind our back.
    db.on('versionchange', () => {
      store?.shutDown(new DatabaseClosedError(db.name, 'version-change'));
      db.close({ disableAutoOpen: true });
      return false;
    });
    // Fires on every close; if the store is still open here, the browser closed the connection.
    db.on('close', () => store?.shutDown(new DatabaseClosedError(db.name, 'connection-lost')));
    try {
      await db.open();
      store = new DexieEventStore(db, await readHead(db), options.maxGroupEvents);
      return store;
    } catch (error) {
      db.close({ disableAutoOpen: true });
      throw new DatabaseOpenError(db.name, error);
    }
  }

  /** Highest position known committed to IndexedDB; 0 when nothing is stored. */
  get durablePosition(): number {
    return this.cache.head;
  }

  /** Calls `listener` with the new durable position after every commit; returns an unsubscribe. */
  onDurablePositionChange(listener: (position: number) => void): () => void {
    return this.durableListeners.add(listener);
  }

  /** Calls `listener` once if the connection closes (another tab upgraded the database). */
  onClosed(listener: (error: DatabaseClosedError) => void): () => void {
    return this.closedListeners.add(listener);
  }

  get isClosed(): boolean {
    return this.closedError !== undefined;
  }

  append(
    streamId: string,
    events: readonly EventEnvelope[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    if (this.closedError) return Promise.reject(this.closedError);
    return new Promise((resolve, reject) => {
      this.committer.enqueue({
        streamId,
        events,
        expectedVersion: options.expectedVersion ?? 'any',
        resolve,
        reject,
      });
    });
  }

  readStream(streamId: string, fromVersion = 1, limit?: number): Promise<StoredEvent[]> {
    return this.read(() => readStreamPage(this.db, streamId, fromVersion, limit));
  }

  readAll(fromPosition = 1, limit?: number): Promise<StoredEvent[]> {
    return this.read(() => readPage(this.db, fromPosition, limit));
  }

  streamVersion(streamId: string): Promise<number> {
    return this.read(() => readStreamVersion(this.db, streamId));
  }

  headPosition(): Promise<number> {
    return this.read(() => readHead(this.db));
  }

  subscribe(handlers: StoreSubscriptionHandlers, fromPosition = 1): StoreSubscription {
    const source = {
      readPage: (from: number, limit: number) => this.read(() => readPage(this.db, from, limit)),
      durablePosition: () => this.cache.head,
    };
    const subscription = new DexieSubscription(source, handlers, fromPosition, (closed) =>
      this.subscriptions.delete(closed),
    );
    this.subscriptions.add(subscription);
    if (this.closedError) subscription.close(this.closedError);
    return subscription;
  }

  /** Closes the connection; later calls fail with DatabaseClosedError, subscriptions just stop. */
  close(): void {
    this.shutDown(new DatabaseClosedError(this.db.name, 'closed'));
    this.db.close({ disableAutoOpen: true });
  }

  private async read<T>(query: () => Promise<T>): Promise<T> {
    if (this.closedError) throw this.closedError;
    try {
      return await query();
    } catch (error) {
      throw this.describeFailure(error);
    }
  }

  /** After a version change every failure is that closure; otherwise it is mapped by kind. */
  private describeFailure(error: unknown): Error {
    return this.closedError ?? toStorageError(this.db.name, error);
  }

  private committed(rows: readonly StoredEvent[]): void {
    this.durableListeners.emit(this.cache.head);
    for (const subscription of [...this.subscriptions]) subscription.notify(rows);
  }

  private shutDown(error: DatabaseClosedError): void {
    if (this.closedError) return;
    this.closedError = error;
    this.committer.failQueued(error);
    // A deliberate close just stops subscribers; losing the connection is reported to them.
    const reported = error.reason === 'version-change' ? error : undefined;
    for (const subscription of [...this.subscriptions]) subscription.close(reported);
    this.closedListeners.emit(error);
  }
}
