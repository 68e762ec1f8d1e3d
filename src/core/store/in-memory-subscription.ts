import type { StoredEvent } from '../messages/event';
import type { StoreSubscription, StoreSubscriptionHandlers } from './event-store';
import { reportHandlerError } from './report-handler-error';

/**
 * A subscription to an in-memory log: a cursor (the next position to deliver) over the store's
 * append-only array. The store calls `pump()` after every append; delivery is synchronous, so a
 * simulator step sees its subscribers run within the step. Catch-up starts on a microtask, so
 * the caller holds the handle (and can close it) before the first event arrives.
 *
 * Ordering and exactly-once come from the cursor alone: a pump delivers positions
 * `next..head` and advances `next`; a re-entrant pump (a handler that appends) returns at once
 * and the outer loop picks the new events up, so nothing is skipped or delivered twice.
 */
export class InMemorySubscription implements StoreSubscription {
  /** Resolves once the cursor first reaches the head (or when closed before that). */
  readonly caughtUp: Promise<void>;
  private next: number;
  private closed = false;
  private delivering = false;
  private reachedHead = false;
  private resolveCaughtUp: () => void = () => {};

  constructor(
    private readonly log: readonly StoredEvent[],
    private readonly handlers: StoreSubscriptionHandlers,
    fromPosition: number,
    private readonly onClose: (subscription: InMemorySubscription) => void,
  ) {
    this.next = Math.max(1, Math.floor(fromPosition));
    this.caughtUp = new Promise((resolve) => {
      this.resolveCaughtUp = resolve;
    });
    queueMicrotask(() => this.pump());
  }

  /** Delivers every stored event from the cursor to the head, in position order. */
  pump(): void {
    if (this.closed || this.delivering) return;
    this.delivering = true;
    try {
      do {
        while (!this.closed && this.next <= this.log.length) {
          const event = this.log[this.next - 1]!;
          this.next += 1;
          this.deliver(event);
        }
        if (!this.closed && !this.reachedHead) this.markCaughtUp();
        // onCaughtUp may have appended; loop until the cursor really sits at the head.
      } while (!this.closed && this.next <= this.log.length);
    } finally {
      this.delivering = false;
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.resolveCaughtUp();
    this.onClose(this);
  }

  private markCaughtUp(): void {
    this.reachedHead = true;
    this.guard(() => this.handlers.onCaughtUp?.());
    this.resolveCaughtUp();
  }

  private deliver(event: StoredEvent): void {
    this.guard(() => this.handlers.onEvent(event));
  }

  /** A failing handler never breaks the appender or the other subscribers; it is reported. */
  private guard(action: () => void): void {
    try {
      action();
    } catch (error) {
      reportHandlerError(this.handlers, error);
    }
  }
}
