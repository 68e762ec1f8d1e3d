/**
 * A model kept outside the reactive store (it changes too often, or holds too much, for state
 * copies) that views read: `snapshot` is an object replaced, never mutated, whenever the model
 * changed, and `subscribe` hears of each change. The log's models (chart statistics, saga
 * timeline, invariant warnings) all offer this, and views read them through one hook.
 */
export interface Observed<T> {
  readonly snapshot: T;
  subscribe(listener: () => void): () => void;
}

/** The listeners of one Observed model; `notify` calls each once. */
export class Listeners {
  private readonly listeners = new Set<() => void>();

  add(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
