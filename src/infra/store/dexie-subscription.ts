import type { StoredEvent } from '../../core/messages/event';
import type { StoreSubscription, StoreSubscriptionHandlers } from '../../core/store/event-store';
import { reportHandlerError } from '../../core/store/report-handler-error';

/** What a subscription needs from its store. */
export interface SubscriptionSource {
  readPage(fromPosition: number, limit: number): Promise<StoredEvent[]>;
  /** Highest position known committed: the catch-up reads up to here. */
  durablePosition(): number;
}

const PAGE_SIZE = 500;
/** Live events kept for a subscriber still catching up; beyond this it re-reads them. */
const MAX_BUFFERED = 10_000;

/**
 * Catch-up by paged reads, then live delivery of this tab's own commits (the store calls
 * `notify`). One cursor, `next`, decides everything: a live event is delivered only when it is
 * exactly `next`, otherwise the gap is read from storage, so appends racing the catch-up are
 * neither lost nor delivered twice. Commits from other tabs are not pushed here (a later
 * concern: BroadcastChannel); they are picked up when a local commit moves the head past them.
 */
export class DexieSubscription implements StoreSubscription {
  readonly caughtUp: Promise<void>;
  private next: number;
  private live: StoredEvent[] = [];
  private closed = false;
  private pumping = false;
  private reachedHead = false;
  private settleCaughtUp: { resolve: () => void; reject: (error: unknown) => void } = {
    resolve: () => {},
    reject: () => {},
  };

  constructor(
    private readonly source: SubscriptionSource,
    private readonly handlers: StoreSubscriptionHandlers,
    fromPosition: number,
    private readonly onClose: (subscription: DexieSubscription) => void,
  ) {
    this.next = Math.max(1, Math.floor(fromPosition));
    this.caughtUp = new Promise((resolve, reject) => {
      this.settleCaughtUp = { resolve, reject };
    });
    // Awaiting caughtUp is optional; an unobserved failure is still reported via onError.
    this.caughtUp.catch(() => {});
    queueMicrotask(() => void this.pump());
  }

  /** Receives events this tab just committed, in position order. */
  notify(events: readonly StoredEvent[]): void {
    if (this.closed) return;
    if (this.live.length + events.length > MAX_BUFFERED) this.live = [];
    else this.live.push(...events);
    void this.pump();
  }

  /** Stops delivery; also used when the database closes under the subscription. */
  close(error?: unknown): void {
    if (this.closed) return;
    this.closed = true;
    this.live = [];
    if (error === undefined) this.settleCaughtUp.resolve();
    else {
      this.settleCaughtUp.reject(error);
      reportHandlerError(this.handlers, error);
    }
    this.onClose(this);
  }

  private async pump(): Promise<void> {
    if (this.pumping || this.closed) return;
    this.pumping = true;
    try {
      while (!this.closed) {
        if (this.deliverLive()) continue;
        const durable = this.source.durablePosition();
        if (this.next <= durable) {
          const page = await this.source.readPage(this.next, PAGE_SIZE);
          if (page.length > 0) {
            this.deliverAll(page);
            continue;
          }
          // The head moved while we read (a commit landed): look again rather than stop.
          if (this.source.durablePosition() !== durable) continue;
        }
        if (!this.reachedHead) this.markCaughtUp();
        break;
      }
    } catch (error) {
      this.close(error);
    } finally {
      this.pumping = false;
    }
  }

  /** Delivers buffered live events that continue exactly at the cursor; false if none do. */
  private deliverLive(): boolean {
    let start = 0;
    while (start < this.live.length && this.live[start]!.position < this.next) start += 1;
    let end = start;
    while (end < this.live.length && this.live[end]!.position === this.next + (end - start)) {
      end += 1;
    }
    const run = this.live.slice(start, end);
    this.live = start === end && start === 0 ? this.live : this.live.slice(end);
    if (run.length === 0) return false;
    this.deliverAll(run);
    return true;
  }

  private deliverAll(events: readonly StoredEvent[]): void {
    for (const event of events) {
      if (this.closed) return;
      if (event.position < this.next) continue;
      this.next = event.position + 1;
      this.guard(() => this.handlers.onEvent(event));
    }
  }

  private markCaughtUp(): void {
    this.reachedHead = true;
    this.guard(() => this.handlers.onCaughtUp?.());
    this.settleCaughtUp.resolve();
  }

  private guard(action: () => void): void {
    try {
      action();
    } catch (error) {
      reportHandlerError(this.handlers, error);
    }
  }
}
