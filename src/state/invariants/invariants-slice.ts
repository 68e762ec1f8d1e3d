import type { SliceCreator } from '../eventfold-state';
import { InvariantFeed, noWarnings, type WarningsSnapshot } from './invariant-feed';

/** Invariant warnings of the current run: the checker (outside the state) and what it found. */
export interface InvariantsSlice {
  /** Checks the run's log; the object never changes. Views call `follow` while mounted. */
  invariantFeed: InvariantFeed;
  invariantWarnings: WarningsSnapshot;
  warningsOpen: boolean;
  setWarningsOpen: (open: boolean) => void;
}

export const createInvariantsSlice: SliceCreator<InvariantsSlice> = (set) => ({
  invariantFeed: new InvariantFeed((invariantWarnings) => set({ invariantWarnings })),
  invariantWarnings: noWarnings,
  warningsOpen: false,
  setWarningsOpen: (warningsOpen) => set({ warningsOpen }),
});

/** Every warning found in the run, kept or not. */
export function totalWarnings(snapshot: WarningsSnapshot): number {
  return Object.values(snapshot.counts).reduce((sum, count) => sum + count, 0);
}
