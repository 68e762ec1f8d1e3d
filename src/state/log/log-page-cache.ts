import type { StoredEvent } from '../../core/messages/event';
import type { EventLogSource } from './event-log-source';

export interface LogPageCacheOptions {
  /** Events per page (one bulk read each). */
  readonly pageSize?: number;
  /** Pages kept; the least recently requested one goes first. */
  readonly maxPages?: number;
  /** Called when a page arrives or a read fails. */
  readonly onChange?: () => void;
}

interface Page {
  readonly events: readonly StoredEvent[];
  /** The head when it was read: a short page is read again only once the head has moved. */
  readonly readAtHead: number;
}

const DEFAULT_PAGE_SIZE = 500;
const DEFAULT_MAX_PAGES = 20;

/**
 * Pages of the stored log by position (page k holds positions k*size+1 .. (k+1)*size), read
 * on demand and kept in a small LRU, so a million-event log costs at most maxPages x pageSize
 * events of memory whatever is scrolled through.
 */
export class LogPageCache {
  readonly pageSize: number;
  readonly maxPages: number;
  private readonly pages = new Map<number, Page>();
  private readonly loading = new Set<number>();
  /** Pages whose read failed, with the head then: retried only once the head moves. */
  private readonly failedAt = new Map<number, number>();
  private generation = 0;
  private head = 0;
  private failure: Error | null = null;

  constructor(
    private readonly source: EventLogSource,
    private readonly options: LogPageCacheOptions = {},
  ) {
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    this.maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  }

  /** The last read that failed (cleared by the next successful one). */
  get error(): Error | null {
    return this.failure;
  }

  /** How many pages are held now (never more than maxPages). */
  get size(): number {
    return this.pages.size;
  }

  /** The event at `position` when its page is loaded; never starts a read. */
  get(position: number): StoredEvent | undefined {
    const page = this.pages.get(this.pageOf(position));
    return page?.events[(position - 1) % this.pageSize];
  }

  /** A new head; a lower one means the log was replaced, so every page is dropped. */
  setHead(head: number): void {
    if (head < this.head) this.clear();
    this.head = head;
  }

  /** Drops every page and ignores reads still in flight. */
  clear(): void {
    this.generation += 1;
    this.pages.clear();
    this.loading.clear();
    this.failedAt.clear();
    this.failure = null;
  }

  /** Reads the pages covering positions `from`..`to` that are missing or short of the head. */
  ensure(from: number, to: number): void {
    const last = Math.min(to, this.head);
    if (last < 1 || from > last) return;
    const first = this.pageOf(Math.max(1, from));
    // Never ask for more pages than the cache keeps: they would evict each other.
    const end = Math.min(this.pageOf(last), first + this.maxPages - 1);
    for (let page = first; page <= end; page++) this.load(page);
  }

  private pageOf(position: number): number {
    return Math.floor((position - 1) / this.pageSize);
  }

  private load(index: number): void {
    const page = this.pages.get(index);
    if (page) {
      // Requested again: the most recently used now.
      this.pages.delete(index);
      this.pages.set(index, page);
      const expected = Math.min(this.pageSize, this.head - index * this.pageSize);
      if (page.events.length >= expected || page.readAtHead >= this.head) return;
    }
    if (this.loading.has(index) || this.failedAt.get(index) === this.head) return;
    this.loading.add(index);
    const generation = this.generation;
    const head = this.head;
    // A short page (the log's tail) only needs what was stored since it was read.
    const have = page?.events ?? [];
    const from = index * this.pageSize + have.length + 1;
    this.source.readAll(from, this.pageSize - have.length).then(
      (events) => {
        if (generation !== this.generation) return;
        this.loading.delete(index);
        this.failedAt.delete(index);
        this.failure = null;
        // Evicted meanwhile, a tail read is not a page: drop it (the next request reads it whole).
        const current = this.pages.get(index)?.events ?? [];
        this.pages.delete(index);
        if (current.length === have.length) {
          this.pages.set(index, { events: [...have, ...events], readAtHead: head });
        }
        this.evict();
        this.options.onChange?.();
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.loading.delete(index);
        this.failedAt.set(index, head);
        this.failure = error instanceof Error ? error : new Error(String(error));
        this.options.onChange?.();
      },
    );
  }

  private evict(): void {
    while (this.pages.size > this.maxPages) {
      const oldest = this.pages.keys().next();
      if (oldest.done) return;
      this.pages.delete(oldest.value);
    }
  }
}
