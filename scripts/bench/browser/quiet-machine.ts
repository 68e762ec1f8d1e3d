import { cpus } from 'node:os';

/** Busy and total CPU time over every core, from the kernel's counters. */
function cpuTimes(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const all = times.user + times.nice + times.sys + times.idle + times.irq;
    total += all;
    busy += all - times.idle;
  }
  return { busy, total };
}

export interface QuietWait {
  /** How long it waited (ms). */
  readonly waitedMs: number;
  /** CPU busy share over the last second before measuring (0..1). */
  readonly busyShare: number;
}

/**
 * Waits until the machine's CPUs were at most `maxBusy` busy for two seconds in a row (at most
 * `timeoutMs`). Frame timings compare two windows of one page; work left over by an earlier
 * entry (a browser deleting a 1M-event profile, a build) would land in one window only.
 */
export async function waitForQuietMachine(maxBusy = 0.15, timeoutMs = 60_000): Promise<QuietWait> {
  const started = Date.now();
  let quietSeconds = 0;
  let busyShare = 1;
  while (quietSeconds < 2 && Date.now() - started < timeoutMs) {
    const before = cpuTimes();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const after = cpuTimes();
    busyShare = (after.busy - before.busy) / Math.max(1, after.total - before.total);
    quietSeconds = busyShare <= maxBusy ? quietSeconds + 1 : 0;
  }
  return { waitedMs: Date.now() - started, busyShare };
}
