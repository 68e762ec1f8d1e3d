/** A count or rate in at most four characters: 950, 1.2k, 12k, 3.4M. */
export function compactNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs < 1000) return String(Math.round(value * 10) / 10);
  if (abs < 10_000) return `${(value / 1000).toFixed(1)}k`;
  if (abs < 1_000_000) return `${Math.round(value / 1000)}k`;
  return `${(value / 1_000_000).toFixed(1)}M`;
}
