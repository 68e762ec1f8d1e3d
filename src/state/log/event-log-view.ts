import type { StoredEvent } from '../../core/messages/event';
import { type EventFilter, isEmptyEventFilter } from '../../sim/analysis/event-filter';
import { Throttle, type ThrottleClock } from '../charts/throttle';
import type { EventLogSource } from './event-log-source';
import { type EventLogViewState, initialLogViewState } from './event-log-view-state';
import { MatchScan, type MatchScanOptions } from './log-match-scan';

export type { EventLogViewState } from './event-log-view-state';

import { LogPageCache } from './log-page-cache';

export interface EventLogViewOptions {
  readonly pageSize?: number;
  readonly maxPages?: number;
  readonly scan?: Omit<MatchScanOptions, 'onChange'>;
  /**
   * Wall ms between head moves while the log grows (0: every move). A live run moves the head
   * on every commit, dozens of times a second; each move re-renders the table and, following the
   * tail, scrolls it, which forces a layout of the page. A few moves a second read just as live.
   */
  readonly headIntervalMs?: number;
  readonly clock?: ThrottleClock;
}

/**
 * Rows at the end of the log read before the row count grows to them: more than a tall panel
 * shows, so the newest rows a following view scrolls to are there when it gets there.
 */
const TAIL_ROWS = 60;

/**
 * The rows of the Event log over an EventLogSource: row i is position i+1 without a filter, the
 * i-th match with one. Events come from a bounded page cache (and, filtered, from the matches
 * the scan kept), so nothing here grows with the log but the list of matching positions.
 * Framework-free: the UI reads `state` through `subscribe` and asks for visible rows.
 */
export class EventLogView {
  private readonly cache: LogPageCache;
  private readonly listeners = new Set<() => void>();
  private scan: MatchScan | null = null;
  private filter: EventFilter = {};
  private head = 0;
  private current: EventLogViewState = initialLogViewState;
  private version = 0;
  private notifyQueued = false;
  private failure: string | null = null;
  private pendingHead = 0;
  /** The head the rows reach (unfiltered): it waits for the new tail's events, see snapshot. */
  private shownHead = 0;
  private readonly headThrottle: Throttle | null;

  constructor(
    private readonly source: EventLogSource,
    private readonly options: EventLogViewOptions = {},
  ) {
    const interval = options.headIntervalMs ?? 0;
    this.headThrottle =
      interval > 0
        ? new Throttle(interval, () => this.moveHead(this.pendingHead), options.clock)
        : null;
    this.cache = new LogPageCache(source, {
      pageSize: options.pageSize,
      maxPages: options.maxPages,
      onChange: () => this.changed(),
    });
  }

  get state(): EventLogViewState {
    return this.current;
  }

  /** Follows the source's head until the returned function is called. */
  start(): () => void {
    let active = true;
    let moved = false;
    const unsubscribe = this.source.onHeadChange((head) => {
      moved = true;
      this.headMoved(head);
    });
    // The first reading is stale once a change has been reported.
    this.source.head().then(
      (head) => active && !moved && this.moveHead(head),
      (error: unknown) => this.fail(error),
    );
    return () => {
      active = false;
      unsubscribe();
      this.headThrottle?.cancel();
      this.scan?.stop();
    };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Shows only what `filter` selects ({} shows everything); the scan starts over. */
  setFilter(filter: EventFilter): void {
    this.filter = filter;
    this.restartScan();
    this.changed();
  }

  /** A new run: forget every page and match (the head may not have dropped in between). */
  restart(): void {
    this.cache.clear();
    this.restartScan();
    this.changed();
  }

  /** The position shown in row `index`, if that row exists. */
  positionAt(index: number): number | undefined {
    if (index < 0) return undefined;
    if (this.scan) return this.scan.positions[index];
    return index < this.head ? index + 1 : undefined;
  }

  /** The event of row `index` when loaded (call requestRows for the visible ones). */
  eventAt(index: number): StoredEvent | undefined {
    const position = this.positionAt(index);
    if (position === undefined) return undefined;
    return this.scan?.eventAt(position) ?? this.cache.get(position);
  }

  /** The row showing `position`, or -1 when the current rows do not include it. */
  rowIndexOf(position: number): number {
    if (this.scan) return this.scan.indexOf(position);
    return position >= 1 && position <= this.head ? position - 1 : -1;
  }

  /** Makes sure rows `first`..`last` get their events (reads only what is missing). */
  requestRows(first: number, last: number): void {
    if (!this.scan) {
      this.cache.ensure(first + 1, last + 1);
      return;
    }
    let missingFrom: number | undefined;
    let missingTo = 0;
    for (let index = Math.max(0, first); index <= last; index++) {
      const position = this.scan.positions[index];
      if (position === undefined) break;
      if (this.scan.eventAt(position) || this.cache.get(position)) continue;
      missingFrom ??= position;
      missingTo = position;
    }
    if (missingFrom !== undefined) this.cache.ensure(missingFrom, missingTo);
  }

  /** A head that grew waits for the throttle; one that dropped (a new run) applies at once. */
  private headMoved(head: number): void {
    this.pendingHead = head;
    if (!this.headThrottle || head < this.head) {
      this.headThrottle?.cancel();
      this.moveHead(head);
    } else this.headThrottle.request();
  }

  private moveHead(head: number): void {
    if (head === this.head) return;
    const replaced = head < this.head;
    this.head = head;
    this.cache.setHead(head);
    if (replaced) this.restartScan();
    else this.scan?.setHead(head);
    // The tail is read before the rows reach it (see snapshot): a following log then never
    // scrolls onto rows that are still "loading…".
    if (!this.scan && !replaced) this.cache.ensure(head - TAIL_ROWS + 1, head);
    this.changed();
  }

  private fail(error: unknown): void {
    this.failure = error instanceof Error ? error.message : String(error);
    this.changed();
  }

  private restartScan(): void {
    this.scan?.stop();
    this.scan = null;
    if (isEmptyEventFilter(this.filter)) return;
    this.scan = new MatchScan(this.source, this.filter, {
      ...this.options.scan,
      onChange: () => this.changed(),
    });
    this.scan.setHead(this.head);
  }

  /** Publishes a new state once per microtask, however many changes happened in between. */
  private changed(): void {
    this.version += 1;
    if (this.notifyQueued) return;
    this.notifyQueued = true;
    queueMicrotask(() => {
      this.notifyQueued = false;
      this.current = this.snapshot();
      for (const listener of [...this.listeners]) listener();
    });
  }

  private snapshot(): EventLogViewState {
    const scan = this.scan;
    const error = scan?.error ?? this.cache.error;
    if (this.head < this.shownHead || error || this.tailLoaded(this.head)) {
      this.shownHead = this.head;
    }
    return {
      head: this.head,
      rowCount: scan ? scan.positions.length : this.shownHead,
      filtered: scan !== null,
      scanned: scan ? scan.scanned : this.head,
      scanning: scan?.scanning ?? false,
      error: error ? error.message : this.failure,
      version: this.version,
    };
  }

  /** Whether the last TAIL_ROWS rows up to `head` have their events (one page or two). */
  private tailLoaded(head: number): boolean {
    if (head === 0) return true;
    return (
      this.cache.get(head) !== undefined &&
      this.cache.get(Math.max(1, head - TAIL_ROWS + 1)) !== undefined
    );
  }
}
