import type { Simulation } from '../engine/simulation';
import type { JournalCommand, JournalEntry } from './engine-host';
import { redriveDeadLetters } from './redrive-dead-letters';
import type { ReplayMetricsRecorder } from './replay-metrics';

/** Applies one live command to a simulation; returns settings deferred to the next reset. */
export function applyJournalCommand(sim: Simulation, command: JournalCommand): string[] {
  switch (command.type) {
    case 'fault':
      sim.inject(command.fault);
      return [];
    case 'reconfigure':
      return sim.reconfigure(command.componentId, command.config);
    case 'redrive': {
      const outcome = redriveDeadLetters(sim, command.dlqId, command.key);
      if (typeof outcome === 'string') throw new Error(outcome);
      return [];
    }
  }
}

/**
 * Replays a run: each command is applied after exactly the number of steps that had run when it
 * was first applied, then the run continues to the saved step count and virtual time, and on
 * (step by step, as a live run would) until the log holds `minEvents`. The engine is
 * deterministic, so the result is the run as it was (an unstarted run stays unstarted).
 * `metrics`, when given, samples the component metrics the replay passes through.
 */
export function replayJournal(
  sim: Simulation,
  journal: readonly JournalEntry[],
  steps: number,
  timeMs: number,
  minEvents = 0,
  metrics?: ReplayMetricsRecorder,
): void {
  // A run that never started (no step, no command, nothing stored) stays as it was: starting
  // it would log every component's start event, and a reload would show events never run.
  if (steps === 0 && journal.length === 0 && minEvents === 0) return;
  for (const entry of journal) {
    // A command given before the run started is applied before the start here too: a fault
    // then waits as a task of its own, and every later step lines up with the live run's.
    if (entry.started ?? entry.step > 0) {
      sim.start();
      runSteps(sim, entry.step - sim.scheduler.stepsRun, metrics);
    }
    // Only the clock moves: with the same steps run, the same work is waiting as it was live.
    if (entry.timeMs > sim.scheduler.now()) sim.scheduler.clock.advanceTo(entry.timeMs);
    applyJournalCommand(sim, entry.command);
  }
  // Commands alone (the run never started) leave it unstarted, as it was.
  if (steps === 0 && minEvents === 0) return;
  sim.start();
  runSteps(sim, steps - sim.scheduler.stepsRun, metrics);
  if (timeMs > sim.scheduler.now()) sim.scheduler.clock.advanceTo(timeMs);
  if (!metrics) sim.runUntilEvents(minEvents);
  else while (sim.eventCount < minEvents && sim.step()) metrics.observe(sim);
}

/** Runs `count` steps (as `runFor`), sampling the metrics after each when asked to. */
function runSteps(sim: Simulation, count: number, metrics: ReplayMetricsRecorder | undefined) {
  if (!metrics) {
    sim.runFor(count);
    return;
  }
  for (let ran = 0; ran < count && sim.step(); ran += 1) metrics.observe(sim);
}

/** The journal entry of a live command applied now: the step and time replay runs to first. */
export function journalEntryNow(sim: Simulation, command: JournalCommand): JournalEntry {
  return {
    step: sim.scheduler.stepsRun,
    timeMs: sim.scheduler.now(),
    started: sim.isStarted,
    command,
  };
}
