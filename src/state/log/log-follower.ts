import type { StoredEvent } from '../../core/messages/event';
import type { RecentEvents } from '../live/recent-events';
import type { EventLogSource } from './event-log-source';

/** Where the LogFollower delivers the run's events: in position order, each exactly once. */
export interface OrderedLogSink {
  /** A new run (or a new event buffer): forget everything applied so far. */
  reset(): void;
  /** The next events of the log, in position order, with no gap before them. */
  apply(events: readonly StoredEvent[]): void;
}

export interface LogFollowerOptions {
  /** Events read per catch-up page from the stored log. */
  readonly pageSize?: number;
  /** Live events held while a gap before them is read; beyond it the feed skips the gap. */
  readonly maxPending?: number;
}

/**
 * The one follower of the run's log on the page: it feeds every model derived from the log
 * (chart statistics, saga timeline, invariant warnings) in position order, from two sources:
 * the live stream (`recentEvents`, which only holds the newest events) and the stored log
 * (`logSource`, durable but behind the live stream). Live events after a gap wait while the gap
 * is read from the stored log in pages; events seen twice are dropped by position. So models
 * followed from the middle of a run (a reload, an import) catch up with one read of the log
 * for all of them, and a generation guard drops reads that a new run or source overtook.
 */
export class LogFollower {
  private readonly sinks = new Set<OrderedLogSink>();
  private applied = 0;
  private pending = new Map<number, StoredEvent>();
  private runId: number | null = null;
  private buffer: RecentEvents | null = null;
  private source: EventLogSource | null = null;
  private generation = 0;
  private catching = false;
  private catchUpAgain = false;
  private skippedEvents = 0;
  private readFailure: string | null = null;
  private readonly pageSize: number;
  private readonly maxPending: number;

  constructor(options: LogFollowerOptions = {}) {
    this.pageSize = options.pageSize ?? 2_000;
    this.maxPending = options.maxPending ?? 50_000;
  }

  /**
   * Feeds `sink` from now on, until the returned call. The follower starts over (every sink
   * reset, the log read again from its first position): a model cannot join half-way.
   */
  attach(sink: OrderedLogSink): () => void {
    this.sinks.add(sink);
    this.restart(this.runId);
    if (this.buffer !== null) this.push(this.buffer.list());
    void this.catchUp();
    return () => {
      this.sinks.delete(sink);
    };
  }

  /**
   * Starts over from the first position of the source followed now (an imported log shown, or
   * the run's own log put back after one): every sink is reset and the log is read again. The
   * live buffer is not replayed: it holds the run's newest events, not the shown log's.
   */
  replay(): void {
    this.restart(this.runId);
    void this.catchUp();
  }

  /** The last position applied (0 before any event). */
  get appliedThrough(): number {
    return this.applied;
  }

  /** Events never applied because no source could fill their gap. */
  get skipped(): number {
    return this.skippedEvents;
  }

  /** Why the last catch-up read failed, or null. */
  get failure(): string | null {
    return this.readFailure;
  }

  /** Follows the live buffer (and the stored log, when there is one) until the returned call. */
  follow(buffer: RecentEvents, source: EventLogSource | null): () => void {
    // Another buffer is another app (or test): nothing applied so far belongs to it.
    if (this.buffer !== buffer) this.restart(buffer.currentRunId);
    else this.noteRun(buffer.currentRunId);
    this.buffer = buffer;
    this.source = source;
    this.push(buffer.list());
    const unsubscribe = buffer.subscribe((events, runId) => {
      this.noteRun(runId);
      this.push(events);
    });
    const stopHead = source?.onHeadChange((head) => {
      if (head > this.applied) void this.catchUp();
    });
    void this.catchUp();
    return () => {
      unsubscribe();
      stopHead?.();
      if (this.source === source) this.source = null;
    };
  }

  /**
   * Tells the feed which run is current; a newer run than the one followed starts over. Run ids
   * only grow, and an older one is a late report (the store hears of a run a frame after the
   * live buffer), never a reason to start over.
   */
  noteRun(runId: number | null): void {
    if (runId === null || (this.runId !== null && runId <= this.runId)) return;
    if (this.runId === null) this.runId = runId;
    else this.restart(runId);
  }

  private restart(runId: number | null): void {
    this.generation += 1;
    this.runId = runId;
    this.applied = 0;
    this.pending = new Map();
    this.skippedEvents = 0;
    this.readFailure = null;
    for (const sink of this.sinks) sink.reset();
  }

  /** Takes live events; a gap before them is filled from the stored log, or else skipped. */
  private push(events: readonly StoredEvent[]): void {
    const waiting = this.pending.size > 0;
    this.accept(events);
    if (this.pending.size === 0) return;
    if (this.source === null || this.pending.size > this.maxPending) this.skipGap();
    // A gap already being waited for is read again when the stored head moves, not per batch.
    else if (!waiting) void this.catchUp();
  }

  /** Applies what follows on from `applied`, holds what comes after a gap. */
  private accept(events: readonly StoredEvent[]): void {
    const ready: StoredEvent[] = [];
    for (const event of events) {
      if (event.position <= this.applied) continue;
      if (event.position !== this.applied + 1) {
        this.pending.set(event.position, event);
        continue;
      }
      ready.push(event);
      this.applied = event.position;
      this.drainInto(ready);
    }
    this.drainInto(ready);
    if (ready.length === 0) return;
    for (const sink of this.sinks) sink.apply(ready);
  }

  private drainInto(ready: StoredEvent[]): void {
    for (
      let next = this.pending.get(this.applied + 1);
      next;
      next = this.pending.get(this.applied + 1)
    ) {
      this.pending.delete(next.position);
      ready.push(next);
      this.applied = next.position;
    }
  }

  /** Gives up on the gap: applies the held events from the first one on (the models cope). */
  private skipGap(): void {
    if (this.pending.size === 0) return;
    const first = Math.min(...this.pending.keys());
    this.skippedEvents += first - 1 - this.applied;
    this.applied = first - 1;
    this.accept([]);
  }

  /** Reads the stored log from `applied` on, page by page, until it has nothing newer. */
  private async catchUp(): Promise<void> {
    const source = this.source;
    if (source === null) return;
    if (this.catching) {
      this.catchUpAgain = true;
      return;
    }
    this.catching = true;
    this.catchUpAgain = false;
    const generation = this.generation;
    try {
      for (;;) {
        const from = this.applied + 1;
        const page = await source.readAll(from, this.pageSize);
        if (generation !== this.generation || source !== this.source) return;
        this.accept(page);
        // A source without the positions asked for would be asked again forever.
        if (page.length > 0 && this.applied < from) this.skipGap();
        if (page.length < this.pageSize) break;
      }
    } catch (error) {
      this.readFailure = error instanceof Error ? error.message : String(error);
    } finally {
      this.catching = false;
      if (this.catchUpAgain) void this.catchUp();
    }
  }
}
