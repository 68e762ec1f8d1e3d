import Dexie from 'dexie';
import type { StoredEvent } from '../../core/messages/event';
import { readAllEvents } from '../db/event-batches';
import { EventfoldDb } from '../db/schema';
import { storeImportedLog } from './store-imported-log';
import { TransferCancelledError } from './transfer-cancelled';

/**
 * Its own database, not the run's: keeping or dropping an imported log never touches the run's
 * stored log, and another tab upgrading the run's database does not close this one.
 */
export const IMPORTED_LOG_DB_NAME = 'eventfold-imported';

const ABOUT_KEY = 'imported-log';

/** An imported log as shown: the file(s) it came from and its events, positions 1..N. */
export interface KeptImportedLog {
  readonly fileName: string;
  readonly events: readonly StoredEvent[];
}

export interface KeepOptions {
  /** Called as events are written (inside the transaction). */
  readonly onProgress?: (written: number, total: number) => void;
  /** Aborting stops the write: TransferCancelledError, and nothing of it is kept. */
  readonly signal?: AbortSignal;
}

/** Keeps the imported log shown in the panels between visits (IndexedDB; fakes in tests). */
export interface ImportedLogKeeper {
  /** Replaces the kept log in one transaction: on any failure the previous one stays whole. */
  keep(log: KeptImportedLog, options?: KeepOptions): Promise<void>;
  /** The kept log, or null when none is kept. */
  load(): Promise<KeptImportedLog | null>;
  discard(): Promise<void>;
}

interface AboutRow {
  readonly fileName: string;
  readonly events: number;
}

/**
 * The keeper over IndexedDB. Each call opens its own connection and closes it: a kept log is
 * written or read once per import or visit, and an idle open connection would only block
 * a later schema upgrade. Calls run one after another, in the order made (a discard on Run,
 * then the next import's keep), whichever connection opens first.
 */
export class IndexedDbImportedLogKeeper implements ImportedLogKeeper {
  private last: Promise<unknown> = Promise.resolve();

  constructor(private readonly name: string = IMPORTED_LOG_DB_NAME) {}

  keep(log: KeptImportedLog, options: KeepOptions = {}): Promise<void> {
    const { onProgress, signal } = options;
    return this.use((db) =>
      db.transaction('rw', db.eventBatches, db.workspace, async () => {
        await storeImportedLog(db, log.events, {
          afterChunk: (written, total) => {
            // Thrown inside the transaction: it aborts, and the previous copy stays.
            if (signal?.aborted) throw new TransferCancelledError('Keeping the imported log');
            onProgress?.(written, total);
          },
        });
        const about: AboutRow = { fileName: log.fileName, events: log.events.length };
        await db.workspace.put({ key: ABOUT_KEY, value: about });
      }),
    );
  }

  async load(): Promise<KeptImportedLog | null> {
    // Every visit asks: listing the names opens nothing, and a visit that never imported
    // does not create the database to find out.
    if (!(await Dexie.getDatabaseNames()).includes(this.name)) return null;
    return this.use((db) =>
      db.transaction('r', db.eventBatches, db.workspace, async () => {
        const about = (await db.workspace.get(ABOUT_KEY))?.value as AboutRow | undefined;
        if (!about) return null;
        const events = await readAllEvents(db);
        // Written in one transaction with its count; a mismatch is not a log to show.
        if (events.length !== about.events) return null;
        return { fileName: about.fileName, events };
      }),
    );
  }

  discard(): Promise<void> {
    return this.use((db) =>
      db.transaction('rw', db.eventBatches, db.workspace, async () => {
        await db.eventBatches.clear();
        await db.workspace.delete(ABOUT_KEY);
      }),
    );
  }

  private use<T>(work: (db: EventfoldDb) => Promise<T>): Promise<T> {
    const run = async () => {
      const db = new EventfoldDb(this.name);
      try {
        return await work(db);
      } finally {
        db.close();
      }
    };
    const result = this.last.then(run, run);
    this.last = result.catch(() => {});
    return result;
  }
}
