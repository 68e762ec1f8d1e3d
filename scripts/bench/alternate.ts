/**
 * Runs `ours` and `baseline` `samples` times each, alternating which goes first (ours on even
 * samples), so a burst of load on the machine or a warming cache favours neither side.
 * `between` runs before every measurement (e.g. collect garbage, untimed).
 */
export async function alternate<T>(
  samples: number,
  ours: () => Promise<T>,
  baseline: () => Promise<T>,
  between: () => Promise<void> = async () => {},
  onSample?: (sample: number) => void,
): Promise<{ ours: T[]; baseline: T[] }> {
  const result = { ours: [] as T[], baseline: [] as T[] };
  for (let sample = 0; sample < samples; sample++) {
    const order =
      sample % 2 === 0 ? (['ours', 'baseline'] as const) : (['baseline', 'ours'] as const);
    for (const side of order) {
      await between();
      result[side].push(await (side === 'ours' ? ours() : baseline()));
    }
    onSample?.(sample + 1);
  }
  return result;
}
