import type { ParkedLetter } from '../../sim/components/dlq/parked-letters';

/** What the Dead Letter Queue section says: how many are parked, which are listed, and why they differ. */
export interface ParkedQueueView {
  /** Letters parked now: the engine's own count for the run, the fold's for an imported log. */
  readonly count: number;
  /** Letters to list (oldest first); empty when the queue holds none now. */
  readonly listed: readonly ParkedLetter[];
  /** Set when the list, folded from the log the page has followed, trails the engine's queue. */
  readonly trailing: string | null;
}

/**
 * Reconciles the two sources a queue is seen through. The engine owns the queue and knows its size
 * at once; the letters themselves are folded from the log as the page follows it, which trails
 * the engine by a frame while running and by more while it catches up from storage (a reload, a
 * long run followed from the middle). The count is the engine's, so a redrive shows as done the
 * moment it is; the list is what the log has reached, and says so when that is not the queue yet.
 * `engineHeld` is undefined for an imported log (there is no engine behind it).
 */
export function parkedQueueView(
  letters: readonly ParkedLetter[],
  engineHeld: number | undefined,
  through: number,
): ParkedQueueView {
  if (engineHeld === undefined) return { count: letters.length, listed: letters, trailing: null };
  // None parked now: whatever the log read so far still lists was redriven or discarded since.
  const listed = engineHeld === 0 ? [] : letters;
  if (letters.length === engineHeld) return { count: engineHeld, listed, trailing: null };
  const read = `event ${through.toLocaleString('en')}`;
  const trailing =
    engineHeld === 0
      ? `The log catches up: up to ${read} it still lists ${letters.length.toLocaleString('en')}; none are parked now.`
      : letters.length < engineHeld
        ? `The log catches up: ${letters.length.toLocaleString('en')} of ${engineHeld.toLocaleString('en')} shown (the log up to ${read}).`
        : `The log catches up: the list is the queue as of ${read}; ${engineHeld.toLocaleString('en')} parked now.`;
  return { count: engineHeld, listed, trailing };
}
