/** A set of callbacks; one that throws is reported and never stops the others. */
export class Listeners<T> {
  private readonly listeners = new Set<(value: T) => void>();

  /** Adds a listener; returns the function that removes it. */
  add(listener: (value: T) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(value: T): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(value);
      } catch (error) {
        // Rethrown on a microtask: visible in the console, but the storage path goes on.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
