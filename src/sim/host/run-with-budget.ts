import type { Simulation } from '../engine/simulation';
import type { SimSpeed } from './engine-host';

/** Steps run between two looks at whether the run must wait (the unsaved window). */
const STEPS_PER_CHUNK = 1_000;

/**
 * Runs the work due up to virtual time `targetMs`, but at most `budget` steps, so one tick of a
 * host never freezes the UI. When everything due ran, the clock moves on to `targetMs`; when the
 * budget ran out first, virtual time stays at the last step and falls behind the wall clock
 * (the next tick continues from there). Returns the steps run.
 */
export function runWithBudget(sim: Simulation, targetMs: number, budget: number): number {
  sim.start();
  const scheduler = sim.scheduler;
  let ran = 0;
  let next = scheduler.nextTime();
  while (ran < budget && next !== undefined && next <= targetMs) {
    sim.step();
    ran += 1;
    next = scheduler.nextTime();
  }
  if (next === undefined || next > targetMs) sim.runUntil(targetMs);
  return ran;
}

/**
 * One tick of a running host: `elapsed` wall ms at `speed` (or the whole budget at 'max'), in
 * chunks, so that `mustWait` (a full window of unsaved events) stops it within a chunk rather
 * than after the whole budget (at 'max', 20,000 steps are ~5,000 events). Returns true when it
 * stopped to wait; the host then takes up the wall clock from there, with no catching up.
 */
export function runTick(
  sim: Simulation,
  speed: SimSpeed,
  elapsed: number,
  budget: number,
  mustWait: () => boolean,
): boolean {
  const targetMs = sim.scheduler.now() + elapsed * (speed === 'max' ? 0 : speed);
  let left = budget;
  while (left > 0) {
    if (mustWait()) return true;
    const chunk = Math.min(left, STEPS_PER_CHUNK);
    const ran = speed === 'max' ? sim.runFor(chunk) : runWithBudget(sim, targetMs, chunk);
    left -= chunk;
    if (ran < chunk) return false; // everything due ran
  }
  return false;
}
