import type { Ticker } from '../../../../src/sim/host/engine-host';

/** A Ticker the test fires by hand, with the wall time it chooses. */
export class FakeTicker implements Ticker {
  private callbacks: Array<(wallMs: number) => void> = [];

  requestTick(callback: (wallMs: number) => void): () => void {
    this.callbacks.push(callback);
    return () => {
      this.callbacks = this.callbacks.filter((candidate) => candidate !== callback);
    };
  }

  /** Fires every requested tick at `wallMs` (callbacks requested meanwhile wait for the next). */
  tick(wallMs: number): void {
    const due = this.callbacks;
    this.callbacks = [];
    for (const callback of due) callback(wallMs);
  }

  private wall = 0;

  /** Fires `count` frames, `intervalMs` of wall time apart, after the last one fired here. */
  advanceFrames(count: number, intervalMs: number): void {
    for (let frame = 0; frame < count; frame += 1) {
      this.wall += intervalMs;
      this.tick(this.wall);
    }
  }

  get waiting(): number {
    return this.callbacks.length;
  }
}
