// Number and duration formats shared by the charts, the queries, the timeline, the time-travel bar and
// the canvas badges. No recharts here: modules outside the lazily loaded Charts tab may import this file.

const currency = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const compactCurrency = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 1,
});
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Minor units (cents) as currency text: 123456 -> "$1,234.56". */
export function formatCents(cents: number): string {
  return currency.format(cents / 100);
}

/** Minor units as short currency for axis ticks: 34968300 -> "$349.7K". */
export function formatCompactCents(cents: number): string {
  return compactCurrency.format(cents / 100);
}

/** A count with thousands separators. */
export function formatCount(count: number): string {
  return whole.format(count);
}

/** A ratio 0..1 as a percentage with one decimal: 0.125 -> "12.5%". */
export function formatPercent(ratio: number): string {
  return `${oneDecimal.format(ratio * 100)}%`;
}

/** Virtual ms as seconds for axes and captions: 12345 -> "12.3 s". */
export function formatSeconds(ms: number): string {
  return `${oneDecimal.format(ms / 1000)} s`;
}

/**
 * A span of (virtual) ms for reading, the one way durations are shown: whole ms under a second,
 * seconds with one decimal from there. 65.79999999981374 -> "66 ms", 1530 -> "1.5 s".
 */
export function formatDuration(ms: number): string {
  const whole = Math.round(ms);
  return whole < 1000 ? `${whole} ms` : `${oneDecimal.format(ms / 1000)} s`;
}

/** A short number for axis ticks: 14230 -> "14.2K". */
export function formatCompact(value: number): string {
  return compact.format(value);
}

/** A rate or latency with at most one decimal. */
export function formatNumber(value: number): string {
  return oneDecimal.format(value);
}
