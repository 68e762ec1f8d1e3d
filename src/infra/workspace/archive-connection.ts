import type { StoredEvent } from '../../core/messages/event';
import { appendBatch, readEvents, readHead, truncateAfter } from '../db/event-batches';
import type { EventfoldDb } from '../db/schema';
import { DatabaseClosedError, DatabaseOpenError, toStorageError } from '../store/storage-errors';

/**
 * The archive's connection to the log's database: every write and read maps its failure to the
 * typed storage error the UI explains (quota, closed, failing). When another tab upgrades or
 * deletes the database, the connection closes for good and `onClosed` is told once; every
 * later call fails with that DatabaseClosedError.
 */
export class ArchiveConnection {
  private closedError: DatabaseClosedError | undefined;

  private constructor(
    readonly db: EventfoldDb,
    /** The stored log's last position when the connection opened. */
    readonly openedHead: number,
  ) {}

  /** Opens (creating or upgrading) the database; throws DatabaseOpenError when it cannot. */
  static async open(
    db: EventfoldDb,
    onClosed: (error: DatabaseClosedError) => void,
  ): Promise<ArchiveConnection> {
    let connection: ArchiveConnection | undefined;
    const shutDown = (reason: 'version-change' | 'connection-lost') => {
      if (!connection || connection.closedError) return;
      connection.closedError = new DatabaseClosedError(db.name, reason);
      onClosed(connection.closedError);
    };
    // Registered before open so an upgrade racing the open is not missed. Returning false
    // stops Dexie's default handler, which would reopen the database behind our back.
    db.on('versionchange', () => {
      shutDown('version-change');
      db.close({ disableAutoOpen: true });
      return false;
    });
    // Fires on every close; if still open here, the browser closed the connection.
    db.on('close', () => shutDown('connection-lost'));
    try {
      await db.open();
      connection = new ArchiveConnection(db, await readHead(db));
      return connection;
    } catch (error) {
      db.close({ disableAutoOpen: true });
      throw new DatabaseOpenError(db.name, error);
    }
  }

  /** Stores `events` (continuing the stored log) as one record, all or nothing. */
  append(events: readonly StoredEvent[]): Promise<void> {
    return this.use(() => appendBatch(this.db, events));
  }

  /** Deletes every event after `position` in one transaction. */
  truncateAfter(position: number): Promise<void> {
    return this.use(() => truncateAfter(this.db, position));
  }

  readEvents(fromPosition: number, limit: number): Promise<StoredEvent[]> {
    return this.use(() => readEvents(this.db, fromPosition, limit));
  }

  head(): Promise<number> {
    return this.use(() => readHead(this.db));
  }

  /** Closes the connection on purpose: later calls fail with DatabaseClosedError("closed"). */
  close(): void {
    this.closedError ??= new DatabaseClosedError(this.db.name, 'closed');
    this.db.close({ disableAutoOpen: true });
  }

  private async use<T>(work: () => Promise<T>): Promise<T> {
    if (this.closedError) throw this.closedError;
    try {
      return await work();
    } catch (error) {
      throw this.closedError ?? toStorageError(this.db.name, error);
    }
  }
}
