/** A probability as the percent people type (0.07 -> 7), without float noise like 7.000000001. */
export function toPercent(fraction: number): number {
  return Math.round(fraction * 100 * 1e6) / 1e6;
}

/** A typed percent as the probability the engine takes (100 -> 1). */
export function toFraction(percent: number): number {
  return percent / 100;
}

/** Adapts a commit that needs a number to a field that may report "empty". */
export function requireNumber(
  commit: (value: number) => string | null,
): (value: number | null) => string | null {
  return (value) => (value === null ? 'Enter a number' : commit(value));
}
