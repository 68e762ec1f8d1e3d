interface Sample {
  readonly time: number;
  readonly counts: readonly number[];
}

/**
 * Per-second rates of a few counters over a sliding window of virtual time, from the counts
 * seen at each `observe`. The first observation is the run's start (all counters 0), so before
 * the window fills a rate is the average since the start.
 */
export class WindowedRates {
  private samples: Sample[];

  constructor(
    width: number,
    private readonly windowMs = 5_000,
  ) {
    this.samples = [{ time: 0, counts: new Array(width).fill(0) }];
  }

  /** Adds the counts at virtual `time` (ms) and returns each counter's rate per second. */
  observe(time: number, counts: readonly number[]): number[] {
    const last = this.samples[this.samples.length - 1]!;
    // An earlier time is a reset run: start again from it.
    if (time < last.time) this.samples = [{ time, counts }];
    else if (time > last.time) this.samples.push({ time, counts });
    // Keep one sample at or before the window's start as the base of the deltas.
    while (this.samples.length > 2 && this.samples[1]!.time <= time - this.windowMs) {
      this.samples.shift();
    }
    const base = this.samples[0]!;
    const seconds = (time - base.time) / 1000;
    return counts.map((count, index) =>
      seconds > 0 ? Math.max(0, count - (base.counts[index] ?? 0)) / seconds : 0,
    );
  }
}
