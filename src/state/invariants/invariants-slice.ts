import type { SliceCreator } from '../eventfold-state';
import { InvariantModel, type WarningsSnapshot } from './invariant-model';

/** Invariant warnings of the current run: the checker (outside the state) and the list's state. */
export interface InvariantsSlice {
  /** Checks the run's log as the LogFollower feeds it; the object never changes. */
  invariants: InvariantModel;
  warningsOpen: boolean;
  setWarningsOpen: (open: boolean) => void;
}

export const createInvariantsSlice: SliceCreator<InvariantsSlice> = (set) => ({
  invariants: new InvariantModel(),
  warningsOpen: false,
  setWarningsOpen: (warningsOpen) => set({ warningsOpen }),
});

/** Every warning found in the run, kept or not. */
export function totalWarnings(snapshot: WarningsSnapshot): number {
  return Object.values(snapshot.counts).reduce((sum, count) => sum + count, 0);
}
