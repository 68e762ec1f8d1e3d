import type { StoredEvent } from '../../core/messages/event';
import { BoundedMap } from '../../sim/analysis/bounded-map';
import {
  compileEventFilter,
  type EventFilter,
  type EventPredicate,
} from '../../sim/analysis/event-filter';
import type { EventLogSource } from './event-log-source';

export interface MatchScanOptions {
  /** Events read per chunk; the scan yields to the page between chunks. */
  readonly chunkSize?: number;
  /** Matched events kept for display (the rest are read again through the page cache). */
  readonly keepEvents?: number;
  /** Waits before the next chunk so scrolling and painting go on (a macrotask by default). */
  readonly yieldToPage?: () => Promise<void>;
  /** Called after each chunk, and when the scan stops or fails. */
  readonly onChange?: () => void;
}

const DEFAULT_CHUNK_SIZE = 500;
const DEFAULT_KEEP_EVENTS = 10_000;

const nextMacrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The positions of the stored events a filter selects, found in the background: chunk by chunk
 * from position 1 up to the head (and on as the head grows), or, when the filter names a
 * correlation id, in one read of that correlation's index (its flow is small).
 * `positions` is ascending; `scanned` says how far the log has been looked at.
 */
export class MatchScan {
  readonly positions: number[] = [];
  private readonly predicate: EventPredicate;
  private readonly kept: BoundedMap<number, StoredEvent>;
  private scannedThrough = 0;
  private head = 0;
  /** The head at which the source had nothing more to give: wait for it to move. */
  private stalledAt = -1;
  private running = false;
  private stopped = false;
  private failure: Error | null = null;

  constructor(
    private readonly source: EventLogSource,
    readonly filter: EventFilter,
    private readonly options: MatchScanOptions = {},
  ) {
    this.predicate = compileEventFilter(filter);
    this.kept = new BoundedMap(options.keepEvents ?? DEFAULT_KEEP_EVENTS);
  }

  /** Positions looked at so far (the head once caught up). */
  get scanned(): number {
    return Math.min(this.scannedThrough, this.head);
  }

  /** True while positions up to the head remain to be looked at. */
  get scanning(): boolean {
    return !this.stopped && this.failure === null && this.scannedThrough < this.head;
  }

  get error(): Error | null {
    return this.failure;
  }

  /** A matched event, when still kept. */
  eventAt(position: number): StoredEvent | undefined {
    return this.kept.get(position);
  }

  /** The row index of `position` among the matches, or -1 when it is not one. */
  indexOf(position: number): number {
    let low = 0;
    let high = this.positions.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = this.positions[mid] as number;
      if (at === position) return mid;
      if (at < position) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  /** The stored head moved up: look at the new events too. */
  setHead(head: number): void {
    this.head = head;
    this.kick();
  }

  /** Stops for good: reads in flight are ignored. */
  stop(): void {
    this.stopped = true;
  }

  private kick(): void {
    if (this.running || this.stopped || this.failure) return;
    if (this.scannedThrough >= this.head || this.stalledAt === this.head) return;
    this.running = true;
    const work = this.filter.correlationId !== undefined ? this.readFlow() : this.scanForward();
    work
      .catch((error: unknown) => {
        this.failure = error instanceof Error ? error : new Error(String(error));
      })
      .finally(() => {
        this.running = false;
        if (this.stopped) return;
        this.options.onChange?.();
        this.kick();
      });
  }

  private async scanForward(): Promise<void> {
    const chunkSize = this.options.chunkSize ?? DEFAULT_CHUNK_SIZE;
    while (!this.stopped && this.scannedThrough < this.head) {
      const want = Math.min(chunkSize, this.head - this.scannedThrough);
      const chunk = await this.source.readAll(this.scannedThrough + 1, want);
      if (this.stopped) return;
      const last = chunk.at(-1);
      if (!last) {
        this.stalledAt = this.head;
        return;
      }
      for (const event of chunk) {
        if (!this.predicate(event)) continue;
        this.positions.push(event.position);
        this.kept.set(event.position, event);
      }
      this.scannedThrough = last.position;
      this.options.onChange?.();
      await (this.options.yieldToPage ?? nextMacrotask)();
    }
  }

  /** The correlation fast path: its index holds the whole flow; the rest of the filter applies. */
  private async readFlow(): Promise<void> {
    const head = this.head;
    const flow = await this.source.readCorrelation(this.filter.correlationId as string);
    if (this.stopped) return;
    const matches = flow.filter((event) => event.position <= head && this.predicate(event));
    matches.sort((a, b) => a.position - b.position);
    this.positions.length = 0;
    for (const event of matches) {
      this.positions.push(event.position);
      this.kept.set(event.position, event);
    }
    this.scannedThrough = head;
  }
}
