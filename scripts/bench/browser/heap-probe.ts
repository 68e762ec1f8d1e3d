// In-page heap readings for the transfer benchmark. They need Chromium started with HEAP_ARGS
// (page.ts): `gc()` exposed and exact `performance.memory`. A reading forces a full collection
// first, so it is the LIVE heap at that point, not live + garbage the collector had not reached.

interface PreciseMemory {
  readonly usedJSHeapSize: number;
}

function liveHeapBytes(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  const memory = (performance as unknown as { memory?: PreciseMemory }).memory;
  if (!gc || !memory) {
    throw new Error(
      'heap probe: start Chromium with --js-flags=--expose-gc --enable-precise-memory-info',
    );
  }
  gc();
  return memory.usedJSHeapSize;
}

/** Collects garbage outside a timed section, so one sample's garbage does not slow the next. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Live heap at the start and the highest live heap read since (call `read` at the worst points). */
export class HeapProbe {
  private readonly start = liveHeapBytes();
  private peak = this.start;

  read(): void {
    this.peak = Math.max(this.peak, liveHeapBytes());
  }

  /** Bytes above the starting heap at the highest reading. */
  get peakGrowthBytes(): number {
    return this.peak - this.start;
  }
}
