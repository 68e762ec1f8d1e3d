// The one place a probability changes unit. The scenario, the engine and exports keep
// probabilities as fractions (0..1, src/sim/scenario/component-configs.ts); every field a person
// types one into, and every badge that shows one, speaks percent (issue #22).

/** The range of a probability in percent, the unit every such field takes. */
export const percentBounds = { min: 0, max: 100 } as const;

/** A probability as the percent people type (0.07 -> 7), without float noise like 7.000000001. */
export function toPercent(fraction: number): number {
  return Math.round(fraction * 100 * 1e6) / 1e6;
}

/** A typed percent as the probability the engine takes (100 -> 1). */
export function toFraction(percent: number): number {
  return percent / 100;
}
