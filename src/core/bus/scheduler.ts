/**
 * The port through which the bus and the reliability helpers defer work. The simulator's
 * discrete-event scheduler implements it in virtual time; nothing here assumes wall time.
 */
export interface Scheduler {
  /** Runs `task` once, `delayMs` of (virtual) time from now; 0 means after the work due now. */
  schedule(delayMs: number, task: () => void): void;
}
