import type { StoredEvent } from '../../core/messages/event';
import {
  InvariantChecker,
  type InvariantKind,
  type InvariantWarning,
} from '../../sim/analysis/invariants';
import type { OrderedLogSink } from '../log/log-follower';
import { Listeners, type Observed } from '../log/observed';

/** A warning as the list shows it (its events are selected in the log by id and position). */
export interface WarningRecord extends InvariantWarning {
  /** Serial number within the run, for stable list keys. */
  readonly serial: number;
}

/** What the warnings indicator and list show. */
export interface WarningsSnapshot {
  /** The newest warnings, oldest first (bounded; `counts` cover every warning). */
  readonly warnings: readonly WarningRecord[];
  readonly counts: Readonly<Record<InvariantKind, number>>;
}

export const noWarnings: WarningsSnapshot = {
  warnings: [],
  counts: { 'duplicate-applied': 0, 'compensation-without-forward': 0, 'order-violated': 0 },
};

/** Warnings kept for the list; older ones still count. */
const maxKept = 1_000;

/** Warnings found in one burst reach the store together, at most this often. */
const publishEveryMs = 100;

/**
 * Runs the InvariantChecker over the run's log, as the LogFollower feeds it, and publishes what
 * it found. Publishing is throttled: a flood of duplicates (a bus duplicating every tenth
 * message into a non-idempotent consumer) must not mean a re-render per batch.
 */
export class InvariantModel implements OrderedLogSink, Observed<WarningsSnapshot> {
  private checker = new InvariantChecker({ maxWarnings: maxKept });
  private kept: WarningRecord[] = [];
  private serial = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private published: WarningsSnapshot = noWarnings;
  private readonly listeners = new Listeners();

  /** The warnings as last published. */
  get snapshot(): WarningsSnapshot {
    return this.published;
  }

  subscribe(listener: () => void): () => void {
    return this.listeners.add(listener);
  }

  reset(): void {
    this.checker = new InvariantChecker({ maxWarnings: maxKept });
    this.kept = [];
    this.serial = 0;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.publish(noWarnings);
  }

  apply(events: readonly StoredEvent[]): void {
    let found = false;
    for (const event of events) {
      for (const warning of this.checker.add(event)) {
        this.serial += 1;
        this.kept.push({ ...warning, serial: this.serial });
        found = true;
      }
    }
    if (!found) return;
    if (this.kept.length > maxKept * 2) this.kept = this.kept.slice(-maxKept);
    this.timer ??= setTimeout(() => this.flush(), publishEveryMs);
  }

  private publish(snapshot: WarningsSnapshot): void {
    this.published = snapshot;
    this.listeners.notify();
  }

  private flush(): void {
    this.timer = null;
    this.publish({ warnings: this.kept.slice(-maxKept), counts: this.checker.counts() });
  }
}
