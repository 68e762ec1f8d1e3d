import type { SliceCreator } from '../eventfold-state';
import type { SpeedSetting } from './speeds';

export type RunStatus = 'idle' | 'running' | 'paused';

export const defaultSeed = 42;

/**
 * The run's controls and progress. Until the engine is wired in, Run/Pause/Step only move the
 * status; virtual time and the event count stay at 0 (the engine host will publish them).
 */
export interface RunSlice {
  status: RunStatus;
  virtualTimeMs: number;
  eventCount: number;
  speed: SpeedSetting;
  seed: number;
  run: () => void;
  pause: () => void;
  step: () => void;
  reset: () => void;
  setSpeed: (speed: SpeedSetting) => void;
  setSeed: (seed: number) => void;
}

export const createRunSlice: SliceCreator<RunSlice> = (set) => ({
  status: 'idle',
  virtualTimeMs: 0,
  eventCount: 0,
  speed: '1',
  seed: defaultSeed,
  run: () => set({ status: 'running' }),
  pause: () => set({ status: 'paused' }),
  // A step always leaves the run paused: it runs one item and stops.
  step: () => set({ status: 'paused' }),
  reset: () => set({ status: 'idle', virtualTimeMs: 0, eventCount: 0 }),
  setSpeed: (speed) => set({ speed }),
  setSeed: (seed) => {
    if (!Number.isSafeInteger(seed) || seed < 0) {
      throw new RangeError(`Seed must be a non-negative safe integer, got ${seed}`);
    }
    set({ seed });
  },
});
