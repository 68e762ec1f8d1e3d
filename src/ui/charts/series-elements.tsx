import { Area, AreaChart, Bar, BarChart, Line, LineChart } from 'recharts';
import type { PlotKind, SeriesSpec } from './series-chart-spec';

/** The recharts chart that holds each kind of series. */
export const plotCharts = { line: LineChart, area: AreaChart, bar: BarChart } as const;

/**
 * One series as the recharts element of its kind. Returned as an element, not wrapped in a
 * component of ours, so the chart sees its Line/Area/Bar children directly. Nothing animates:
 * the charts redraw a few times a second and an animation would never settle.
 */
export function seriesElement<Row>(plot: PlotKind, series: SeriesSpec<Row>) {
  const common = {
    yAxisId: series.axis,
    dataKey: series.key,
    name: series.label,
    isAnimationActive: false,
  };
  switch (plot.kind) {
    case 'line':
      return (
        <Line
          key={series.key}
          {...common}
          type={plot.curve}
          stroke={series.color}
          strokeDasharray={series.dash}
          strokeWidth={plot.strokeWidth}
          connectNulls={plot.connectNulls}
          dot={false}
        />
      );
    case 'area':
      return (
        <Area
          key={series.key}
          {...common}
          type={plot.curve}
          // Stacked areas share one stack; recharts stacks the series that name the same id.
          stackId={plot.stacked ? 'stack' : undefined}
          stroke={series.color}
          fill={series.color}
          fillOpacity={plot.fillOpacity}
        />
      );
    case 'bar':
      return <Bar key={series.key} {...common} fill={series.color} />;
  }
}
