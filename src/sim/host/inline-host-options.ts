/** How an InlineEngineHost paces its ticks and snapshots. */
export interface InlineHostOptions {
  /** Most scheduler steps one tick may run (at any speed), so a tick stays short. */
  readonly stepBudgetPerTick?: number;
  /** Longest wall gap one tick accounts for: a tab in the background must not cause a jump. */
  readonly maxWallDeltaMs?: number;
  /**
   * While running, snapshots at least this far apart in wall ms (0 = one per tick); the ticks
   * that skip one still advance the run, and the next snapshot carries their events. Commands,
   * query answers and the run stopping are published on the next tick regardless.
   */
  readonly minRunningSnapshotIntervalMs?: number;
}
