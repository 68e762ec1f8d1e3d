import type { EventfoldDb } from '../db/schema';
import { DexieEventStore } from '../store/dexie-event-store';

/**
 * The archive's connection to the event store, which it may replace: the store caches its head
 * and stream versions for its group commits, so after deleting events the archive reopens it
 * rather than let a stale cache place the next run's events. Closure by another tab is
 * forwarded once; the archive's own reopen is not a closure.
 */
export class ArchiveConnection {
  private detach: () => void;

  private constructor(
    private current: DexieEventStore,
    private readonly openStore: () => Promise<DexieEventStore>,
    private readonly onClosed: (error: Error) => void,
  ) {
    this.detach = current.onClosed(onClosed);
  }

  /** Opens the store; throws DatabaseOpenError when IndexedDB cannot be opened. */
  static async open(
    createDb: () => EventfoldDb,
    maxGroupEvents: number,
    onClosed: (error: Error) => void,
  ): Promise<ArchiveConnection> {
    const openStore = () => DexieEventStore.open({ db: createDb(), maxGroupEvents });
    return new ArchiveConnection(await openStore(), openStore, onClosed);
  }

  get store(): DexieEventStore {
    return this.current;
  }

  /** Deletes every event after `position` in one transaction, then reopens the store. */
  async truncateAfter(position: number): Promise<void> {
    const { db } = this.current;
    await db.transaction('rw', db.events, async () => {
      if (position === 0) await db.events.clear();
      else await db.events.where('position').above(position).delete();
    });
    this.close();
    this.current = await this.openStore();
    this.detach = this.current.onClosed(this.onClosed);
  }

  close(): void {
    this.detach();
    this.current.close();
  }
}
