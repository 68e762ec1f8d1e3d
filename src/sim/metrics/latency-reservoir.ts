/**
 * Latency percentiles over the most recent samples (a ring buffer), so p50/p95/p99 follow the
 * run as it changes (an outage shows up, then fades) and memory stays bounded.
 */
export class LatencyReservoir {
  private readonly samples: Float64Array;
  private count = 0;
  private next = 0;

  constructor(capacity = 1024) {
    this.samples = new Float64Array(capacity);
  }

  record(ms: number): void {
    this.samples[this.next] = ms;
    this.next = (this.next + 1) % this.samples.length;
    if (this.count < this.samples.length) this.count += 1;
  }

  /** p50, p95 and p99 of the samples held; zeros when there are none. */
  percentiles(): { p50: number; p95: number; p99: number } {
    if (this.count === 0) return { p50: 0, p95: 0, p99: 0 };
    const sorted = this.samples.slice(0, this.count).sort();
    const at = (q: number) => sorted[Math.min(this.count - 1, Math.floor(q * this.count))] ?? 0;
    return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
  }
}
