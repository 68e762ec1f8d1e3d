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

  get waiting(): number {
    return this.callbacks.length;
  }
}
