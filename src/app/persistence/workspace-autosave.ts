export interface AutosaveOptions {
  /** Captures the workspace and writes it. */
  readonly save: () => Promise<void>;
  /** Whether saving may happen now (not before the saved workspace was read and restored). */
  readonly canSave: () => boolean;
  readonly onError: (error: unknown) => void;
  /** Least wall time between two saves. */
  readonly intervalMs?: number;
  readonly now?: () => number;
}

/**
 * Throttled autosave: changes ask for a save, and saves run at most once per interval (the
 * last change in an interval is the one saved). `flush()` saves at once (page hide).
 */
export class WorkspaceAutosave {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastSaveAt = Number.NEGATIVE_INFINITY;
  private stopped = false;

  constructor(private readonly options: AutosaveOptions) {}

  /** Asks for a save within the interval. */
  schedule(): void {
    if (this.stopped || this.timer !== null) return;
    const interval = this.options.intervalMs ?? 500;
    const wait = Math.max(0, this.lastSaveAt + interval - this.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, wait);
  }

  /** Saves now (if saving is allowed); errors go to onError. */
  async flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.stopped || !this.options.canSave()) return;
    this.lastSaveAt = this.now();
    try {
      await this.options.save();
    } catch (error) {
      this.options.onError(error);
    }
  }

  /** No more saves (storage closed, or the page is being torn down). */
  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
