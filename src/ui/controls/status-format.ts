import type { RunStatus } from '../../state/run/run-slice';

/** Virtual time as the status bar shows it: `t = 12.345 s`. */
export function formatVirtualTime(ms: number): string {
  return `t = ${(ms / 1000).toFixed(3)} s`;
}

/**
 * The events the engine has made as "N events made" ("N events" is the pattern people and checks
 * look for); "made", because saving runs behind it (`formatDurable`'s "saved", which the log and
 * the time-travel scrubber count too).
 */
export function formatEventCount(count: number): string {
  return `${count} events made`;
}

/** Scheduler steps, so a Step is visible even when the item it ran appended nothing. */
export function formatSteps(steps: number): string {
  return `${steps} ${steps === 1 ? 'step' : 'steps'}`;
}

/** Events per wall second, worded so it cannot be mistaken for the event count. */
export function formatEventRate(perSecond: number): string {
  return `rate ${Math.round(perSecond)}/s`;
}

/** How much of the log is durable: `saved 1234/1300`. */
export function formatDurable(durable: number, total: number): string {
  return `saved ${Math.min(durable, total)}/${total}`;
}

/** Why the run goes slower than its speed: the page's drawing sets the pace. */
export function formatHeldByScreen(perSecond: number): string {
  return `held back by drawing: ${Math.round(perSecond).toLocaleString('en')} events/s`;
}

/** Why the run goes slower than its speed: saving sets the pace, at this many events a second. */
export function formatHeldBySaving(perSecond: number): string {
  return `held back by saving: ${Math.round(perSecond).toLocaleString('en')} events/s`;
}

const statusLabels: Record<RunStatus, string> = {
  idle: 'Ready',
  running: 'Running',
  paused: 'Paused',
};

/** A run status in words; a paused run with nothing left to do is "Finished". */
export function runStatusLabel(status: RunStatus, pending = 1): string {
  return status === 'paused' && pending === 0 ? 'Finished' : statusLabels[status];
}
