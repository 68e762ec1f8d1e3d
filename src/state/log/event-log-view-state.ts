/** What the Event log table shows now; replaced (never mutated) on every change. */
export interface EventLogViewState {
  /** The stored head (positions 1..head exist). */
  readonly head: number;
  /** Rows: the head without a filter, the matches found so far with one. */
  readonly rowCount: number;
  readonly filtered: boolean;
  /** How many positions the filter has looked at (the head when unfiltered). */
  readonly scanned: number;
  readonly scanning: boolean;
  readonly error: string | null;
  /** Bumps whenever rows' data arrives, so a view knows to redraw. */
  readonly version: number;
}

/** Before the head is known: nothing to show. */
export const initialLogViewState: EventLogViewState = {
  head: 0,
  rowCount: 0,
  filtered: false,
  scanned: 0,
  scanning: false,
  error: null,
  version: 0,
};
