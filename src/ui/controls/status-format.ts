import type { RunStatus } from '../../state/run/run-slice';

/** Virtual time as the status bar shows it: `t = 12.345 s`. */
export function formatVirtualTime(ms: number): string {
  return `t = ${(ms / 1000).toFixed(3)} s`;
}

/** The event count as "N events" (the exact pattern people and checks look for). */
export function formatEventCount(count: number): string {
  return `${count} events`;
}

const statusLabels: Record<RunStatus, string> = {
  idle: 'Ready',
  running: 'Running',
  paused: 'Paused',
};

/** A run status in words. */
export function runStatusLabel(status: RunStatus): string {
  return statusLabels[status];
}
