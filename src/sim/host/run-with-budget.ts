import type { Simulation } from '../engine/simulation';

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
