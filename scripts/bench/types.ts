/** One side-by-side comparison measured in a single run: ours vs a baseline, as a ratio. */
export interface BenchResult {
  /** Stable name, e.g. `store.append-vs-raw-bulkAdd`. */
  readonly name: string;
  /** What was measured, for people reading the summary. */
  readonly method: string;
  /** Measured value of our implementation (unit in `unit`). */
  readonly ours: number;
  /** Measured value of the baseline in the same run. */
  readonly baseline: number;
  readonly unit: string;
  /** ours / baseline. */
  readonly ratio: number;
  /** Which way the ratio should go: throughputs `higher`, times, sizes and heap `lower`. */
  readonly better: 'higher' | 'lower';
  /** The goal: a floor when `better` is higher, a ceiling when lower. */
  readonly goal: number;
  /** What the goal bounds: the ratio (most entries) or `ours` itself (an absolute goal). */
  readonly goalOf: 'ratio' | 'ours';
  /** Whether this run reached the goal. */
  readonly met: boolean;
  /** Extra figures (samples, medians) worth recording. */
  readonly details?: Record<string, unknown>;
}

/** Builds a result from throughputs where higher is better. */
export function compare(
  name: string,
  method: string,
  ours: number,
  baseline: number,
  unit: string,
  goal: number,
  details?: Record<string, unknown>,
): BenchResult {
  const ratio = baseline === 0 ? 0 : ours / baseline;
  return {
    name,
    method,
    ours,
    baseline,
    unit,
    ratio,
    better: 'higher',
    goal,
    goalOf: 'ratio',
    met: ratio >= goal,
    details,
  };
}

/** Builds a result from costs (time, bytes, heap) where lower is better: met when ratio <= goal. */
export function compareCost(
  name: string,
  method: string,
  ours: number,
  baseline: number,
  unit: string,
  goal: number,
  details?: Record<string, unknown>,
): BenchResult {
  const ratio = baseline === 0 ? Number.POSITIVE_INFINITY : ours / baseline;
  return {
    name,
    method,
    ours,
    baseline,
    unit,
    ratio,
    better: 'lower',
    goal,
    goalOf: 'ratio',
    met: ratio <= goal,
    details,
  };
}

/** Median of samples: robust against one slow outlier on a 2-core machine. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
