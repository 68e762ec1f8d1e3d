import { formatCompact, formatNumber } from './format';

// Fixed colours that read on both themes: SVG presentation attributes cannot use CSS variables.
export const statusColors = {
  pending: '#d97706',
  confirmed: '#6366f1',
  shipped: '#0ea5e9',
  delivered: '#16a34a',
  cancelled: '#dc2626',
} as const;

export const seriesColors = [
  '#6366f1',
  '#0ea5e9',
  '#16a34a',
  '#d97706',
  '#dc2626',
  '#a855f7',
  '#14b8a6',
  '#f43f5e',
  '#84cc16',
  '#64748b',
] as const;

/** The colour of the `index`-th series, cycling. */
export const seriesColor = (index: number): string =>
  seriesColors[index % seriesColors.length] as string;

const axisColor = '#8a93a3';

/** Tick labels and axis line, alike on every axis. */
const axisLookProps = { tick: { fontSize: 10, fill: axisColor }, stroke: axisColor } as const;

/** Props every chart shares: responsive to its box, tight margins. */
export const chartProps = {
  responsive: true,
  style: { width: '100%', height: '100%' },
  margin: { top: 4, right: 8, bottom: 0, left: -12 },
} as const;

/** The virtual-time X axis (seconds). */
export const timeAxisProps = {
  dataKey: 'time',
  type: 'number',
  domain: ['dataMin', 'dataMax'],
  tickFormatter: (seconds: number) => `${formatNumber(seconds)}s`,
  ...axisLookProps,
  minTickGap: 24,
} as const;

/** An X axis of named categories (one per row, e.g. virtual days); the key is the chart's. */
export const categoryAxisProps = axisLookProps;

export const valueAxisProps = {
  ...axisLookProps,
  width: 48,
  allowDecimals: false,
  tickFormatter: (value: number) => formatCompact(value),
} as const;

/** Tooltip colours from the theme (inline styles may use CSS variables, attributes may not). */
export const tooltipContentStyle = {
  fontSize: 12,
  background: 'var(--surface)',
  borderColor: 'var(--border-strong)',
  color: 'var(--text)',
} as const;

export const tooltipProps = {
  isAnimationActive: false,
  labelFormatter: (seconds: unknown) => `t = ${formatNumber(Number(seconds))} s`,
  formatter: (value: unknown) => (typeof value === 'number' ? formatNumber(value) : String(value)),
  contentStyle: tooltipContentStyle,
} as const;

/** The tooltip of a category chart: the category is its own label, values print as they are. */
export const categoryTooltipProps = {
  isAnimationActive: false,
  contentStyle: tooltipContentStyle,
} as const;

/** Legend entries in the order the series are declared (recharts sorts by name by default). */
export const legendProps = {
  iconSize: 8,
  wrapperStyle: { fontSize: 11 },
  itemSorter: null,
} as const;

/** A faint grid that reads on light and dark surfaces alike. */
export const gridProps = {
  strokeDasharray: '3 3',
  vertical: false,
  stroke: axisColor,
  strokeOpacity: 0.3,
} as const;
