// What a chart tile declares: its rows, how they are plotted and which series it draws.
// SeriesChart turns a declaration into recharts; the chart files are declarations only.

/** A field of the rows that a series or the x axis reads. */
export type RowKey<Row> = Extract<keyof Row, string>;

/** How points are joined: levels that change at events step, rates curve. Straight if unset. */
export type Curve = 'linear' | 'monotone' | 'stepAfter';

/**
 * How the series are drawn; the same for every series of a chart, since its rows are all of
 * one nature (levels, rates, counts). Areas say how opaque their fill is and whether they stack
 * (the stack's top edge is then the total, as in "orders by status").
 */
export type PlotKind =
  | {
      readonly kind: 'line';
      readonly curve?: Curve;
      readonly strokeWidth?: number;
      /** Bridge rows where a series has no value (null), instead of breaking the line. */
      readonly connectNulls?: boolean;
    }
  | {
      readonly kind: 'area';
      readonly curve?: Curve;
      readonly fillOpacity: number;
      readonly stacked: boolean;
    }
  | { readonly kind: 'bar' };

/** One series: the row field it plots, the name it goes by and its colour. */
export interface SeriesSpec<Row> {
  readonly key: RowKey<Row>;
  /** The legend and tooltip name; without one, recharts shows the key. */
  readonly label?: string;
  /** A fixed colour: SVG attributes cannot read the theme's CSS variables (chart-style.ts). */
  readonly color: string;
  /** The value axis (ValueAxisSpec id) this series reads against, on a chart with several. */
  readonly axis?: string;
  /** A line's dash pattern, to set apart the series read against another axis. */
  readonly dash?: string;
}

/** A value axis of a chart that plots two units at once; series name it by `id`. */
export interface ValueAxisSpec {
  readonly id: string;
  readonly side: 'left' | 'right';
}

/** How values read on the axis ticks and in the tooltip, when they are not plain counts. */
export interface ValueFormat {
  readonly tick: (value: unknown) => string;
  readonly tooltip: (value: unknown) => string;
  /** Room for the widest tick label, in px. */
  readonly axisWidth: number;
}
