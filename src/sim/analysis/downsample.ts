import { requireInteger } from './analysis-errors';

// Charts draw at most a few hundred points however long the run. Both reducers below split
// the samples into equal-count buckets by index (samples arrive at a steady cadence, so equal
// counts are near-equal time spans), are deterministic, and only ever return real samples:
// nothing is averaged or interpolated, so a tooltip always shows a value that was observed.

/**
 * At most `maxPoints` samples: the first one, then the last sample of each bucket (so the
 * newest sample is always kept). Right for levels and running totals (orders by status,
 * revenue), whose value at a bucket's end summarises the bucket.
 */
export function downsampleLast<T>(points: readonly T[], maxPoints: number): T[] {
  requireInteger('maxPoints', maxPoints, 2);
  if (points.length <= maxPoints) return [...points];
  const out: T[] = [points[0] as T];
  const rest = points.length - 1;
  const buckets = maxPoints - 1;
  for (let bucket = 1; bucket <= buckets; bucket++) {
    // Last index of bucket `bucket` among points[1..]: equal shares of the remaining samples.
    out.push(points[Math.floor((bucket * rest) / buckets)] as T);
  }
  return out;
}

/**
 * At most `maxPoints` samples: per bucket, the lowest and the highest by `value`, in their
 * original order. Right for rates and latencies, where a spike must survive the reduction.
 */
export function downsampleMinMax<T>(
  points: readonly T[],
  maxPoints: number,
  value: (point: T) => number,
): T[] {
  requireInteger('maxPoints', maxPoints, 2);
  if (points.length <= maxPoints) return [...points];
  const buckets = Math.floor(maxPoints / 2);
  const out: T[] = [];
  for (let bucket = 0; bucket < buckets; bucket++) {
    const from = Math.floor((bucket * points.length) / buckets);
    const to = Math.floor(((bucket + 1) * points.length) / buckets);
    let low = from;
    let high = from;
    for (let i = from + 1; i < to; i++) {
      const current = value(points[i] as T);
      // Strict comparisons keep the earliest of equal values: the same input, the same output.
      if (current < value(points[low] as T)) low = i;
      if (current > value(points[high] as T)) high = i;
    }
    const first = Math.min(low, high);
    const second = Math.max(low, high);
    out.push(points[first] as T);
    if (second !== first) out.push(points[second] as T);
  }
  return out;
}
