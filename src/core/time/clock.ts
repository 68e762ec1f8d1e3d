/** A source of virtual time in milliseconds. Injected so the kernel never reads wall time. */
export interface Clock {
  now(): number;
}

/** A clock moved only by its owner: the simulator's scheduler, or a test. */
export class ManualClock implements Clock {
  constructor(private current = 0) {}

  now(): number {
    return this.current;
  }

  /** Moves time forward to `time`; time never runs backwards. */
  advanceTo(time: number): void {
    if (time < this.current) {
      throw new RangeError(`Clock cannot go back from ${this.current} to ${time}`);
    }
    this.current = time;
  }

  advanceBy(ms: number): void {
    this.advanceTo(this.current + ms);
  }
}
