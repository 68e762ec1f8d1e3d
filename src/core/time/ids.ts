/** Produces unique ids. Injected so runs are reproducible (no crypto.randomUUID in the kernel). */
export interface IdGenerator {
  next(prefix?: string): string;
}

/** Deterministic ids `prefix-1`, `prefix-2`, ...: the same run yields the same ids. */
export class SequentialIds implements IdGenerator {
  private counter = 0;

  constructor(private readonly namespace = 'id') {}

  next(prefix = this.namespace): string {
    this.counter += 1;
    return `${prefix}-${this.counter}`;
  }
}
