/**
 * One subscriber of a bus (its consumer group) at a snapshot: how far its committed offsets are
 * behind the topic's head, and how fast each moves. Offsets are summed over the partitions.
 */
export interface SubscriberLag {
  /** The subscribing component's id. */
  readonly subscriber: string;
  /** Consumer instances sharing the partitions (one message at a time each). */
  readonly instances: number;
  /** Messages appended to the topic: the head offset, summed over partitions. */
  readonly head: number;
  /** Offsets committed (handled, or skipped as a type it does not accept). */
  readonly committed: number;
  /** Messages not yet committed (`head - committed`, plus dead letters redriven to it). */
  readonly lag: number;
  /** Age in virtual ms of the oldest uncommitted message (0 when caught up). */
  readonly lagMs: number;
  readonly inFlight: number;
  /** Head offsets per virtual second over the recent window: messages arriving on the topic. */
  readonly rateIn: number;
  /** Committed offsets per virtual second over the same window: lag grows while out < in. */
  readonly rateOut: number;
  /** Arrivals of the types it accepts, per virtual second: the work it is asked to do. */
  readonly acceptedRate: number;
  /** Deliveries it finished, per virtual second: the work it does. */
  readonly handledRate: number;
}

/** How old the oldest uncommitted message must be before a subscriber counts as behind. */
const BEHIND_AFTER_MS = 1_000;

/**
 * True when a subscriber is falling behind: its oldest uncommitted message is over a second old,
 * and over the window its committed offset moved slower than the head while it finished fewer
 * deliveries than the messages it accepts arrived (a capacity shortfall; a subscriber working
 * off a burst finishes more than arrives and is not marked).
 */
export function isFallingBehind(row: SubscriberLag): boolean {
  return (
    row.lagMs > BEHIND_AFTER_MS && row.rateOut < row.rateIn && row.handledRate < row.acceptedRate
  );
}
