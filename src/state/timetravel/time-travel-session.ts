import { createTimeTravel, type TimeTravel } from '../../sim/analysis/time-travel';
import { pageClock, Throttle, type ThrottleClock } from '../charts/throttle';
import type { EventLogSource } from '../log/event-log-source';
import type { TimeTravelView } from './time-travel-state';

/** Positions between time-travel snapshots: a jump replays at most this many events. */
export const snapshotEvery = 10_000;
/** Wall ms between background indexing runs and between head updates shown. */
export const indexEveryMs = 1_000;
export const headUpdateMs = 250;
/** Positions indexed per queued task, so a jump never waits behind the whole log's indexing. */
export const indexChunk = 5_000;

/** What the session tells the store. */
export interface TimeTravelSessionEvents {
  head(head: number): void;
  view(view: TimeTravelView): void;
  failed(reason: string): void;
}

/**
 * Time travel over one stored log: indexes it in the background as it grows (snapshots every
 * `snapshotEvery` positions) and answers jumps, newest request first (requests that arrive while
 * a jump runs collapse into one). A log that shrinks (a new run cleared it) starts over.
 */
export class TimeTravelSession {
  private travel: TimeTravel;
  private head = 0;
  private readonly indexer: Throttle;
  private readonly headNotice: Throttle;
  private wanted: { position: number; orderId: string } | null = null;
  private jumping = false;
  private indexing = false;
  private stopped = false;
  private running = false;
  private readonly stopHead: () => void;

  constructor(
    private readonly source: EventLogSource,
    private readonly events: TimeTravelSessionEvents,
    private readonly clock: ThrottleClock = pageClock,
  ) {
    this.travel = this.freshTravel();
    this.indexer = new Throttle(indexEveryMs, () => void this.indexInBackground(), clock);
    this.headNotice = new Throttle(headUpdateMs, () => this.events.head(this.head), clock);
    let moved = false;
    this.stopHead = source.onHeadChange((head) => {
      moved = true;
      this.onHead(head);
    });
    // The first reading is stale once a change has been reported (it would look like a new run).
    source.head().then(
      (head) => moved || this.onHead(head),
      () => {},
    );
  }

  /** Starts over (a new run): the old index belongs to a log that is gone. */
  restart(): void {
    this.travel = this.freshTravel();
    this.requestIndex();
  }

  /**
   * While the run goes on the index waits: reading the whole log back on the page at the run's
   * rate would take the main thread from drawing it. A jump (which pauses the run) reads what
   * it needs itself, and the index catches up once the run stops.
   */
  setRunning(running: boolean): void {
    this.running = running;
    this.requestIndex();
  }

  /** Asks for the models at `position`; the view arrives through `events.view`. */
  jump(position: number, orderId: string): void {
    this.wanted = { position, orderId };
    if (!this.jumping) void this.runJumps();
  }

  stop(): void {
    this.stopped = true;
    this.stopHead();
    this.indexer.cancel();
    this.headNotice.cancel();
  }

  private onHead(head: number): void {
    if (this.stopped) return;
    if (head < this.head) this.travel = this.freshTravel();
    this.head = head;
    this.headNotice.request();
    this.requestIndex();
  }

  private requestIndex(): void {
    if (!this.running) this.indexer.request();
  }

  private freshTravel(): TimeTravel {
    return createTimeTravel((from, limit) => this.source.readAll(from, limit), { snapshotEvery });
  }

  private async indexInBackground(): Promise<void> {
    if (this.indexing) return;
    this.indexing = true;
    try {
      while (!this.stopped && !this.running && this.travel.indexedPosition < this.head) {
        const travel = this.travel;
        const reached = travel.indexedPosition;
        await travel.indexUpTo(Math.min(this.head, reached + indexChunk));
        // Nothing new was readable yet (the log is behind its reported head): wait for the next change.
        if (travel === this.travel && travel.indexedPosition === reached) break;
      }
    } catch {
      // Reading failed (storage closed, say): the next head change tries again.
    } finally {
      this.indexing = false;
    }
  }

  private async runJumps(): Promise<void> {
    this.jumping = true;
    try {
      while (this.wanted && !this.stopped) {
        const { position, orderId } = this.wanted;
        this.wanted = null;
        const started = this.clock.now();
        const travel = this.travel;
        const view = await travel.at(position, orderId || undefined);
        const [event] = view.position > 0 ? await this.source.readAll(view.position, 1) : [];
        if (this.stopped || travel !== this.travel) continue;
        this.events.view({
          position: view.position,
          time: event?.time ?? 0,
          orderList: view.orderList,
          statistics: view.statistics,
          orderId,
          order: view.order,
          jumpMs: this.clock.now() - started,
        });
      }
    } catch (error) {
      this.events.failed(error instanceof Error ? error.message : String(error));
    } finally {
      this.jumping = false;
    }
  }
}
