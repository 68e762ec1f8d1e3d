import type { ReactNode } from 'react';
import { CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from './ChartCard';
import {
  categoryAxisProps,
  categoryTooltipProps,
  chartProps,
  gridProps,
  legendProps,
  timeAxisProps,
  tooltipProps,
  valueAxisProps,
} from './chart-style';
import type { PlotKind, RowKey, SeriesSpec, ValueAxisSpec, ValueFormat } from './series-chart-spec';
import { plotCharts, seriesElement } from './series-elements';

/**
 * The x axis: virtual time from the rows' `time` (seconds), or a category each row stands for
 * (`xKey`). Rows without a `time` must name their category.
 */
type XAxisChoice<Row> = Row extends { time: number }
  ? { xKey?: RowKey<Row> }
  : { xKey: RowKey<Row> };

interface SeriesChartBase<Row> {
  title: string;
  /** What is plotted and in which unit, under the title. */
  caption: string;
  /** An optional control beside the caption (which series the chart follows). */
  control?: ReactNode;
  plot: PlotKind;
  /**
   * The rows, oldest first. No rows draw the grid and axes alone; until anything has been
   * sampled the Charts tab shows its empty state instead of the tiles (ChartsPanel).
   */
  rows: readonly Row[];
  /** Drawn in this order, which is also the legend's. */
  series: readonly SeriesSpec<Row>[];
  /** Two value axes for a chart of two units; without them one left axis of counts. */
  valueAxes?: readonly ValueAxisSpec[];
  /** How values read when they are not counts (money). */
  valueFormat?: ValueFormat;
  /** False for a lone series, whose name the title already says. */
  legend?: boolean;
}

type SeriesChartProps<Row> = SeriesChartBase<Row> & XAxisChoice<Row>;

/** A chart of rows over time declared apart from its rows, which come at render. */
export type TimeChartDeclaration<Row extends { time: number }> = Omit<SeriesChartBase<Row>, 'rows'>;

/**
 * A chart tile of one or more series over shared rows: the recharts setup every chart of the
 * Charts tab has in common (grid, axes, tooltip, legend, no animation), so a chart is a
 * declaration of its rows and series.
 */
export function SeriesChart<Row>(props: SeriesChartProps<Row>) {
  const { title, caption, control, plot, rows, series, xKey, valueFormat } = props;
  const Chart = plotCharts[plot.kind];
  const valueAxis = valueFormat
    ? { ...valueAxisProps, width: valueFormat.axisWidth, tickFormatter: valueFormat.tick }
    : valueAxisProps;
  const tooltip = xKey === undefined ? tooltipProps : categoryTooltipProps;
  return (
    <ChartCard title={title} caption={caption} control={control}>
      <Chart {...chartProps} margin={marginFor(props.valueAxes)} data={rows}>
        <CartesianGrid {...gridProps} />
        {xKey === undefined ? (
          <XAxis {...timeAxisProps} />
        ) : (
          <XAxis dataKey={xKey} {...categoryAxisProps} />
        )}
        {props.valueAxes === undefined ? (
          <YAxis {...valueAxis} />
        ) : (
          props.valueAxes.map(({ id, side }) => (
            <YAxis key={id} yAxisId={id} orientation={side} {...valueAxis} />
          ))
        )}
        <Tooltip {...tooltip} {...(valueFormat && { formatter: valueFormat.tooltip })} />
        {props.legend !== false && <Legend {...legendProps} />}
        {series.map((one) => seriesElement(plot, one))}
      </Chart>
    </ChartCard>
  );
}

/** With a right-hand axis the plot gives up its right margin (and 8 px more) to that axis. */
function marginFor(axes: readonly ValueAxisSpec[] | undefined) {
  const right = axes?.some((axis) => axis.side === 'right');
  return right ? { ...chartProps.margin, right: -8 } : chartProps.margin;
}
