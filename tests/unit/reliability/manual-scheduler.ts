// Test double for the Scheduler port: tasks wait in (due time, scheduling order) until the test
// runs them, and running one moves a ManualClock to its due time, as the simulator does.
import type { Scheduler } from '../../../src/core/reliability/deliver-with-retry';
import { ManualClock } from '../../../src/core/time/clock';

interface PendingTask {
  readonly due: number;
  readonly order: number;
  readonly task: () => void;
}

export class ManualScheduler implements Scheduler {
  readonly clock = new ManualClock(0);
  private readonly queue: PendingTask[] = [];
  private order = 0;

  get pending(): number {
    return this.queue.length;
  }

  schedule(delayMs: number, task: () => void): void {
    const entry = { due: this.clock.now() + delayMs, order: this.order++, task };
    const index = this.queue.findIndex(
      (other) => other.due > entry.due || (other.due === entry.due && other.order > entry.order),
    );
    this.queue.splice(index === -1 ? this.queue.length : index, 0, entry);
  }

  /** Runs the earliest task; false when none is waiting. */
  runNext(): boolean {
    const next = this.queue.shift();
    if (next === undefined) return false;
    this.clock.advanceTo(next.due);
    next.task();
    return true;
  }

  /** Runs tasks until none is left (tasks may schedule more); returns how many ran. */
  runAll(limit = 10_000): number {
    let ran = 0;
    while (this.runNext()) {
      ran += 1;
      if (ran > limit) throw new Error(`ManualScheduler ran more than ${limit} tasks`);
    }
    return ran;
  }
}
