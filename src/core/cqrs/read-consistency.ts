/**
 * Eventually consistent reads (seed: EventuallyConsistentRead). A projection answers as of its
 * checkpoint; a read that depends on a write (its `minPosition`, the position of that write) is
 * fresh once the checkpoint has reached it, and stale before. This file is the one place that
 * decides what a read does about staleness and measures it; the engine's Query API component
 * and the host's query desk both ask it, each waiting in its own way (scheduler timers, host ticks).
 */

/** How a read treats a projection that has not yet applied the write it depends on. */
export interface ReadConsistency {
  /** Hold the read until the projection reaches `minPosition`; off: answer at once, flagged stale. */
  readonly readYourWrites: boolean;
  /** Longest a held read waits (virtual ms) before it answers stale anyway. */
  readonly maxWaitMs: number;
}

/** Where a read stands: the projection's checkpoint against the write it needs, and its wait. */
export interface ReadProgress {
  readonly checkpoint: number;
  readonly minPosition: number;
  /** How long the read has been held so far (0 when it is first asked). */
  readonly waitedMs: number;
  /** Whether time can still move the projection (false, say, while the run is paused). */
  readonly canWait: boolean;
}

/**
 * Why a stale answer is given: the read did not ask for its writes (`eventual`), it waited the
 * longest it may (`gave-up`), or nothing can move the projection while it waits (`cannot-wait`).
 */
export type StaleReason = 'eventual' | 'gave-up' | 'cannot-wait';

/** Answer now (fresh, or stale with the reason), or keep holding the read. */
export type ReadVerdict =
  | { readonly kind: 'answer'; readonly stale: false }
  | { readonly kind: 'answer'; readonly stale: true; readonly reason: StaleReason }
  | { readonly kind: 'wait' };

const fresh: ReadVerdict = { kind: 'answer', stale: false };
const holding: ReadVerdict = { kind: 'wait' };

/** What a read does now, asked when it arrives and again each time its holder looks. */
export function readVerdict(consistency: ReadConsistency, progress: ReadProgress): ReadVerdict {
  if (progress.checkpoint >= progress.minPosition) return fresh;
  if (!consistency.readYourWrites) return { kind: 'answer', stale: true, reason: 'eventual' };
  if (progress.waitedMs >= consistency.maxWaitMs) {
    return { kind: 'answer', stale: true, reason: 'gave-up' };
  }
  if (!progress.canWait) return { kind: 'answer', stale: true, reason: 'cannot-wait' };
  return holding;
}

/** How far behind an answer is: what it reflects, what it had to reflect, and the log's head. */
export interface Staleness {
  /** The checkpoint of the projection that answered, when it answered. */
  readonly position: number;
  /** The position the answer had to reflect to be fresh (the latest write it depends on). */
  readonly minPosition: number;
  /** The log head when it answered. */
  readonly head: number;
  /** head - position: events written that the read model had not applied yet. */
  readonly lagPositions: number;
  /** True when the projection had not reached `minPosition`. */
  readonly stale: boolean;
}

/** The staleness of an answer given at `position`, needing `minPosition`, with the log at `head`. */
export function stalenessOf(position: number, minPosition: number, head: number): Staleness {
  return {
    position,
    minPosition,
    head,
    lagPositions: Math.max(0, head - position),
    stale: position < minPosition,
  };
}
