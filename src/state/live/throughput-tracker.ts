import type { HostSnapshot } from '../../sim/host/engine-host';
import { flowLevelFor, roundRate } from './flow-level';
import type { DerivedRates } from './live-metrics';

interface Counts {
  readonly handled: number;
  readonly received: number;
}

interface FrameSample {
  readonly wallMs: number;
  readonly virtualMs: number;
  readonly events: number;
  readonly counts: ReadonlyMap<string, Counts>;
}

/** What the tracker derives from the samples in its window. */
export interface ObservedRates {
  /** Events per wall-clock second; 0 unless running. */
  readonly eventsPerSecond: number;
  readonly rates: ReadonlyMap<string, DerivedRates>;
}

const noCounts: Counts = { handled: 0, received: 0 };

/** Simulated time a rate must span before it is shown: shorter spans give jumpy figures. */
const minVirtualSpanSeconds = 0.2;

/**
 * Rates from count deltas over a sliding wall-clock window (about a second of frames). Event and
 * flow rates are per wall second, what the eye sees move; a component's throughput and intake
 * are per simulated second, figures that mean the same at every speed.
 */
export class ThroughputTracker {
  private samples: FrameSample[] = [];
  private runId: number | null = null;
  private lastRates = new Map<string, DerivedRates>();

  constructor(private readonly windowMs = 1000) {}

  /** Adds the snapshot shown at `wallMs` and returns the rates over the window. */
  observe(snapshot: HostSnapshot, wallMs: number): ObservedRates {
    if (snapshot.runId !== this.runId) {
      this.runId = snapshot.runId;
      this.samples = [];
      this.lastRates = new Map();
    }
    // A paused run keeps its last per-simulated-second rates; the window restarts when it runs
    // again, so the pause does not dilute the next rates.
    if (!snapshot.running) this.samples = [];
    const now: FrameSample = {
      wallMs,
      virtualMs: snapshot.time,
      events: snapshot.events,
      counts: new Map(
        snapshot.components.map(({ id, handled, received }) => [id, { handled, received }]),
      ),
    };
    this.samples.push(now);
    // Keep one sample at or before the window's start as the base of the deltas.
    while (
      this.samples.length > 2 &&
      (this.samples[1]?.wallMs ?? wallMs) <= wallMs - this.windowMs
    ) {
      this.samples.shift();
    }
    return this.ratesSince(this.samples[0] ?? now, now, snapshot.running);
  }

  private ratesSince(base: FrameSample, now: FrameSample, running: boolean): ObservedRates {
    const wallSeconds = running ? (now.wallMs - base.wallMs) / 1000 : 0;
    const virtualSeconds = (now.virtualMs - base.virtualMs) / 1000;
    const rates = new Map<string, DerivedRates>();
    for (const [id, counts] of now.counts) {
      const before = base.counts.get(id) ?? noCounts;
      const handled = counts.handled - before.handled;
      const received = counts.received - before.received;
      const last = this.lastRates.get(id);
      const measured = virtualSeconds >= minVirtualSpanSeconds;
      const derived: DerivedRates = {
        throughput: measured ? roundRate(handled / virtualSeconds) : (last?.throughput ?? 0),
        intake: measured ? roundRate(received / virtualSeconds) : (last?.intake ?? 0),
        flowLevel: wallSeconds > 0 ? flowLevelFor(handled / wallSeconds) : 0,
        intakeLevel: wallSeconds > 0 ? flowLevelFor(received / wallSeconds) : 0,
      };
      this.lastRates.set(id, derived);
      rates.set(id, derived);
    }
    const eventsPerSecond =
      wallSeconds > 0 ? Math.round((now.events - base.events) / wallSeconds) : 0;
    return { eventsPerSecond, rates };
  }
}
