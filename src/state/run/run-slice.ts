import type { SliceCreator } from '../eventfold-state';
import type { RunStatus } from './run-status';
import { type SpeedSetting, toSimSpeed } from './speeds';

export type { RunStatus } from './run-status';

export const defaultSeed = 42;

/** The largest seed the engine accepts (its seeded generator takes 32 bits). */
export const maxSeed = 0xffffffff;

/**
 * The run's controls and progress. Commands go to the attached engine; the progress fields are
 * written only from engine snapshots (at most once per frame), never guessed here, so what the
 * toolbar shows is always what the engine did.
 */
export interface RunSlice {
  status: RunStatus;
  /** The engine holds a scenario with components: Run and Step have something to do. */
  loaded: boolean;
  virtualTimeMs: number;
  eventCount: number;
  /** Scheduler steps run (a Step runs exactly one). */
  steps: number;
  /** Events per wall-clock second over the last second or so; 0 when not running. */
  eventsPerSecond: number;
  /** Scheduled work waiting; 0 with events means the run has nothing left to do. */
  pending: number;
  /** Changes on every load and reset, so views of the log know to start over. */
  runId: number;
  /** How many of the run's events are stored durably (fed by the persistence layer). */
  durablePosition: number;
  /** The engine waited for saving in the last second: it runs slower than the speed asked. */
  heldBySaving: boolean;
  /** The engine waited for the page to draw in the last second (see EngineHost.limitUnshown). */
  heldByScreen: boolean;
  speed: SpeedSetting;
  seed: number;
  /**
   * Counts what the page asked of the engine that starts a run or a new one (Run, Reset, a new
   * seed, a scenario opened or the canvas's structure changed), when it asked: unlike `runId`,
   * which moves only when the engine's next snapshot is drawn, it cannot be mistaken for a late
   * report of a run asked for earlier.
   */
  runRequests: number;
  /** Notes one such request (the scenario actions call it too). */
  noteRunRequest: () => void;
  run: () => void;
  pause: () => void;
  step: () => void;
  reset: () => void;
  setSpeed: (speed: SpeedSetting) => void;
  /** Changes the seed; the engine resets, because a seed only means something from t = 0. */
  setSeed: (seed: number) => void;
  setDurablePosition: (position: number) => void;
}

export const createRunSlice: SliceCreator<RunSlice> = (set, get) => ({
  status: 'idle',
  loaded: false,
  virtualTimeMs: 0,
  eventCount: 0,
  steps: 0,
  eventsPerSecond: 0,
  pending: 0,
  runId: 0,
  durablePosition: 0,
  heldBySaving: false,
  heldByScreen: false,
  speed: '1',
  seed: defaultSeed,
  runRequests: 0,
  noteRunRequest: () => set({ runRequests: get().runRequests + 1 }),
  run: () => {
    get().noteRunRequest();
    get().engine?.run();
  },
  pause: () => get().engine?.pause(),
  step: () => get().engine?.step(),
  reset: () => {
    get().noteRunRequest();
    get().engine?.reset();
  },
  setSpeed: (speed) => {
    set({ speed });
    get().engine?.setSpeed(toSimSpeed(speed));
  },
  setSeed: (seed) => {
    if (!Number.isSafeInteger(seed) || seed < 0 || seed > maxSeed) {
      throw new RangeError(`Seed must be an integer from 0 to ${maxSeed}, got ${seed}`);
    }
    set({ seed });
    get().noteRunRequest();
    get().engine?.setSeed(seed);
  },
  setDurablePosition: (durablePosition) => set({ durablePosition }),
});
