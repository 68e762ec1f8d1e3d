import { ManualClock } from '../../core/time/clock';
import { MinHeap } from './min-heap';

/** One unit of simulated work, due at a virtual time. */
export interface Task {
  readonly time: number;
  /** Tie-breaker: tasks due at one time run in the order they were scheduled. */
  readonly sequence: number;
  readonly label: string;
  readonly run: () => void;
}

/**
 * Discrete-event scheduler in virtual time. Work is ordered by (time, sequence), so a run is
 * fully determined by what was scheduled: nothing here reads wall time.
 */
export class SimScheduler {
  readonly clock = new ManualClock(0);
  private readonly agenda = new MinHeap<Task>(
    (a, b) => a.time < b.time || (a.time === b.time && a.sequence < b.sequence),
  );
  private sequence = 0;
  private executed = 0;

  /** Virtual time now, in ms. */
  now(): number {
    return this.clock.now();
  }

  /** Tasks run so far. */
  get stepsRun(): number {
    return this.executed;
  }

  /** Tasks waiting. */
  get pending(): number {
    return this.agenda.size;
  }

  /** The time of the next task, or undefined when idle. */
  nextTime(): number | undefined {
    return this.agenda.peek()?.time;
  }

  /** Schedules `run` after `delayMs` of virtual time (0 = after what is already due now). */
  schedule(delayMs: number, run: () => void, label = 'task'): void {
    this.at(this.clock.now() + Math.max(0, delayMs), run, label);
  }

  /** Schedules `run` at an absolute virtual time (never in the past). */
  at(time: number, run: () => void, label = 'task'): void {
    this.sequence += 1;
    this.agenda.push({
      time: Math.max(time, this.clock.now()),
      sequence: this.sequence,
      label,
      run,
    });
  }

  /** Runs the next task; returns false when there is none. */
  step(): boolean {
    const task = this.agenda.pop();
    if (!task) return false;
    this.clock.advanceTo(task.time);
    this.executed += 1;
    task.run();
    return true;
  }

  /** Runs every task due at or before `time`, then moves the clock to `time`. */
  runUntil(time: number): number {
    let ran = 0;
    for (let next = this.agenda.peek(); next && next.time <= time; next = this.agenda.peek()) {
      this.step();
      ran += 1;
    }
    if (time > this.clock.now()) this.clock.advanceTo(time);
    return ran;
  }

  /** Runs at most `count` tasks; returns how many ran. */
  runFor(count: number): number {
    let ran = 0;
    while (ran < count && this.step()) ran += 1;
    return ran;
  }

  /** Drops every waiting task (Reset). */
  clear(): void {
    this.agenda.clear();
  }
}
