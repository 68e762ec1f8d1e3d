import type { StoredEvent } from '../../core/messages/event';
import { EVENTFOLD_DB_NAME, EventfoldDb } from '../db/schema';
import { ArchiveConnection } from './archive-connection';
import { EventGapError } from './archive-errors';
import { ArchiveSignals } from './archive-signals';
import { matchingPrefix } from './archive-writes';

export interface DexieEventArchiveOptions {
  /** Database name; defaults to EVENTFOLD_DB_NAME. */
  readonly name?: string;
  /** Makes the connection to the database (tests use unique names). */
  readonly createDb?: () => EventfoldDb;
  /** Most events one write takes: one batch is one record in one transaction, all or nothing. */
  readonly maxBatchEvents?: number;
}

/** Work that must happen before the current run's events are written. */
type Rewrite =
  | { readonly kind: 'clear' }
  /** Keep the stored prefix that matches the engine's log of `through` events; drop the rest. */
  | { readonly kind: 'reconcile'; readonly through: number };

/**
 * IndexedDB copies a write's values on the writing thread (the engine's worker): a backlog after
 * a slow commit is written in records of at most this many events, so no one write holds the
 * worker for long. A live run's writes are far smaller (~150 events at 3,500/s).
 */
const DEFAULT_MAX_BATCH_EVENTS = 2_000;

/**
 * The engine's event log, written behind it into IndexedDB. One drain loop does the work in
 * order: a pending clear/reconcile, then batches of queued events, each one record in one
 * transaction that checks it continues the stored log at the engine's own positions.
 *
 * A new run bumps `generation`: a batch of the old run still in flight commits, but is then
 * cleared with the old log before the new run's first batch. A write failure halts the loop
 * with the batch still queued (nothing partial was stored) until `retry()`. Another tab's
 * upgrade closes the store: `onClosed` tells the UI, and nothing more is written.
 */
export class DexieEventArchive extends ArchiveSignals {
  private pending: StoredEvent[] = [];
  private queuedThrough: number;
  private generation = 0;
  private rewrite: Rewrite | null = null;
  private halted: Error | null = null;
  private closed = false;
  private draining: Promise<void> | null = null;
  private durable: number;
  /** The stored log's last position (an old run's rows may still be there before a rewrite). */
  private storedHead: number;
  private idleWaiters: Array<() => void> = [];

  private constructor(
    private readonly connection: ArchiveConnection,
    private readonly maxBatch: number,
  ) {
    super();
    // Until a run starts, appends would continue the stored log.
    this.storedHead = connection.openedHead;
    this.durable = this.storedHead;
    this.queuedThrough = this.durable;
  }

  /** Opens the event store; throws DatabaseOpenError when IndexedDB cannot be opened. */
  static async open(options: DexieEventArchiveOptions = {}): Promise<DexieEventArchive> {
    const name = options.name ?? EVENTFOLD_DB_NAME;
    const maxBatch = options.maxBatchEvents ?? DEFAULT_MAX_BATCH_EVENTS;
    let archive: DexieEventArchive | undefined;
    const connection = await ArchiveConnection.open(
      options.createDb?.() ?? new EventfoldDb(name),
      (error) => archive?.markClosed(error),
    );
    archive = new DexieEventArchive(connection, maxBatch);
    return archive;
  }

  get durablePosition(): number {
    return this.durable;
  }

  /** The current connection (tests reach the tables through it). */
  get db(): EventfoldDb {
    return this.connection.db;
  }

  /** Events queued and not yet stored. */
  get pendingCount(): number {
    return this.pending.length;
  }

  append(events: readonly StoredEvent[]): void {
    if (this.closed) return;
    for (const event of events) {
      if (event.position !== this.queuedThrough + 1) {
        this.halt(new EventGapError(this.queuedThrough + 1, event.position));
        return;
      }
      this.pending.push(event);
      this.queuedThrough = event.position;
    }
    this.kick();
  }

  reset(): void {
    this.startRun({ kind: 'clear' });
    this.kick();
  }

  continueRun(events: readonly StoredEvent[]): void {
    this.startRun({ kind: 'reconcile', through: events.at(-1)?.position ?? 0 });
    this.append(events);
    this.kick();
  }

  retry(): void {
    this.halted = null;
    this.kick();
  }

  whenIdle(): Promise<void> {
    if (!this.draining) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** How many events are stored (positions are gap-free from 1, so the stored head). */
  count(): Promise<number> {
    return this.connection.head();
  }

  /** Stops writing and closes the connection (queued events are dropped). */
  close(): void {
    this.closed = true;
    this.connection.close();
    this.kick();
  }

  private startRun(rewrite: Rewrite): void {
    this.generation += 1;
    this.pending = [];
    this.queuedThrough = 0;
    this.rewrite = rewrite;
    this.halted = null;
    this.setDurable(0);
  }

  private kick(): void {
    if (this.draining) return;
    const hasWork = this.rewrite !== null || this.pending.length > 0;
    if (this.closed || this.halted || !hasWork) {
      for (const resolve of this.idleWaiters.splice(0)) resolve();
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = null;
      this.kick();
    });
  }

  private async drain(): Promise<void> {
    while (!this.closed && !this.halted) {
      const generation = this.generation;
      const rewrite = this.rewrite;
      try {
        if (rewrite) {
          await this.applyRewrite(rewrite, generation);
          if (this.rewrite === rewrite) this.rewrite = null;
          continue;
        }
        const batch = this.pending.slice(0, this.maxBatch);
        if (batch.length === 0) return;
        await this.connection.append(batch);
        this.storedHead = batch.at(-1)!.position;
        // A new run began meanwhile: this batch was the old run's, and its rewrite clears it.
        if (generation !== this.generation) continue;
        this.pending.splice(0, batch.length);
        this.setDurable(batch.at(-1)!.position);
      } catch (error) {
        if (this.closed) return;
        // An old run's failure is moot: the new run starts from its own rewrite.
        if (generation === this.generation) this.halt(asError(error));
      }
    }
  }

  private async applyRewrite(rewrite: Rewrite, generation: number): Promise<void> {
    const keep =
      rewrite.kind === 'reconcile'
        ? await matchingPrefix(this.connection, this.storedHead, rewrite.through, this.pending)
        : 0;
    if (this.storedHead > keep) {
      await this.connection.truncateAfter(keep);
      this.storedHead = keep;
    }
    if (generation !== this.generation) return;
    // The stored prefix equals the engine's: only what follows it remains to be written.
    this.pending.splice(0, keep);
    this.setDurable(keep);
  }

  private markClosed(error: Error): void {
    if (this.closed) return;
    this.closed = true;
    this.closedListeners.emit(error);
  }

  private halt(error: Error): void {
    this.halted = error;
    this.errorListeners.emit(error);
  }

  private setDurable(position: number): void {
    if (position === this.durable) return;
    this.durable = position;
    this.durableListeners.emit(position);
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
