import type { MetricsSample } from '../analysis/operations-series';
import type { Simulation } from '../engine/simulation';

/** Virtual ms between two samples a replay takes at first (the live charts sample ~4 a second). */
export const replaySampleMs = 250;
/** Most samples kept: beyond it every other one is dropped and the spacing doubles. */
export const replaySamplesKept = 2_400;

/**
 * The component metrics a replay passes through, sampled over virtual time. Metrics are not in
 * the log, so a restored run's operations charts (throughput, latency, lag, outcomes) can get
 * their history back only from here: the replay runs the same steps as the live run, so the
 * samples are the metrics the live run had at those times. Bounded: a long run keeps
 * `replaySamplesKept` samples spread over all of it.
 */
export class ReplayMetricsRecorder {
  private readonly samples: MetricsSample[] = [];
  private spacing: number;
  private nextAt: number;

  constructor(
    spacingMs = replaySampleMs,
    private readonly kept = replaySamplesKept,
  ) {
    this.spacing = spacingMs;
    this.nextAt = spacingMs;
  }

  /** Called after each replayed step: takes a sample once virtual time reached the next one. */
  observe(sim: Simulation): void {
    const now = sim.scheduler.now();
    if (now < this.nextAt) return;
    const { time, components } = sim.snapshot();
    this.samples.push({ time, components });
    if (this.samples.length > this.kept) this.thin();
    this.nextAt = (Math.floor(now / this.spacing) + 1) * this.spacing;
  }

  /** The samples taken, oldest first. */
  taken(): readonly MetricsSample[] {
    return this.samples;
  }

  private thin(): void {
    let write = 0;
    for (let read = 1; read < this.samples.length; read += 2) {
      this.samples[write] = this.samples[read] as MetricsSample;
      write += 1;
    }
    this.samples.length = write;
    this.spacing *= 2;
  }
}
