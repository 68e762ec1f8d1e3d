import type { ParkedLetter } from '../../sim/components/dlq/parked-letters';

/** What the Dead Letter Queue section says: how many are parked, which are listed, and why they differ. */
export interface ParkedQueueView {
  /** Letters parked now: the engine's own count for the run, the fold's for an imported log. */
  readonly count: number | null;
  /** Letters to list (oldest first); empty when the queue holds none now. */
  readonly listed: readonly ParkedLetter[];
  /** Set when the list, folded from the saved log, trails the engine's queue. */
  readonly trailing: string | null;
}

/**
 * Reconciles the two sources a queue is seen through. The engine owns the queue and knows its size
 * at once; the letters themselves are folded from the saved log, which can trail the engine by
 * thousands of events at high speeds. The count is the engine's, so a redrive shows as done the
 * moment it is; the list is what saving has reached, and says so when that is not the queue yet.
 * `engineHeld` is undefined for an imported log (there is no engine behind it).
 */
export function parkedQueueView(
  letters: readonly ParkedLetter[] | null,
  engineHeld: number | undefined,
  readAtDurable: number,
): ParkedQueueView {
  if (engineHeld === undefined) {
    return { count: letters?.length ?? null, listed: letters ?? [], trailing: null };
  }
  if (letters === null) return { count: engineHeld, listed: [], trailing: null };
  // None parked now: whatever the saved log still lists was redriven or discarded since.
  const listed = engineHeld === 0 ? [] : letters;
  if (letters.length === engineHeld) return { count: engineHeld, listed, trailing: null };
  const saved = `event ${readAtDurable.toLocaleString('en')}`;
  const trailing =
    engineHeld === 0
      ? `Saving catches up: the saved log up to ${saved} still lists ${letters.length.toLocaleString('en')}; none are parked now.`
      : letters.length < engineHeld
        ? `Saving catches up: ${letters.length.toLocaleString('en')} of ${engineHeld.toLocaleString('en')} shown (the saved log up to ${saved}).`
        : `Saving catches up: the list is the queue as of ${saved}; ${engineHeld.toLocaleString('en')} parked now.`;
  return { count: engineHeld, listed, trailing };
}
