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
  /** ours / baseline when higher is better (throughputs). */
  readonly ratio: number;
  /** The ratio the issue asks for; `met` says whether this run reached it. */
  readonly goal: number;
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
  return { name, method, ours, baseline, unit, ratio, goal, met: ratio >= goal, details };
}

/** Median of samples: robust against one slow outlier on a 2-core machine. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
