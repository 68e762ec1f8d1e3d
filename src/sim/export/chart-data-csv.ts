import type { OperationsPoint } from '../analysis/operations-series';
import type { OrderKpis } from '../analysis/order-kpis';
import type { StatisticsSample } from '../analysis/statistics-series';
import { CSV_LINE_END, csvNumberCell, csvTextCell } from './csv-cell';

/** What the Charts tab draws, as the chart data export reads it. */
export interface ChartData {
  /** The KPI cards now, and the virtual time they are at. */
  readonly kpis: OrderKpis;
  readonly time: number;
  readonly statisticsSamples: readonly StatisticsSample[];
  readonly operations: readonly OperationsPoint[];
}

/** Columns of the chart data CSV: one row per value ("tidy"/long form, for pivot tables). */
export const chartCsvColumns = ['chart', 'virtual_time_ms', 'component', 'metric', 'value'];

type Row = readonly [chart: string, time: number, component: string, metric: string, value: number];

/**
 * The chart series as one CSV in long form: a row per (chart, time, component, metric) value,
 * so any chart's points can be pivoted back out of a spreadsheet. Component ids are names the
 * person typed, so they go through the formula-safe text cell; numbers stay numbers. Rates that
 * have no value yet (the first operations point) are left out rather than written as 0.
 */
export function chartDataCsv(data: ChartData): string {
  const lines = [chartCsvColumns.join(',')];
  const write = ([chart, time, component, metric, value]: Row) => {
    lines.push(
      [
        csvTextCell(chart),
        csvNumberCell(roundTime(time)),
        csvTextCell(component),
        csvTextCell(metric),
        csvNumberCell(value),
      ].join(','),
    );
  };
  // The KPI cards first: the series are sampled, so their last point may trail the cards.
  const { kpis, time } = data;
  write(['kpis', time, '', 'total orders', kpis.totalOrders]);
  write(['kpis', time, '', 'revenue (USD)', kpis.revenue / 100]);
  write(['kpis', time, '', 'average order value (USD)', kpis.averageOrderValue / 100]);
  write(['kpis', time, '', 'cancelled orders', kpis.cancelledOrders]);
  write(['kpis', time, '', 'compensation rate', kpis.compensationRate]);
  for (const day of kpis.ordersPerDay) {
    write(['orders per day', day.dayStart, '', `day ${day.day}`, day.orders]);
  }
  for (const sample of data.statisticsSamples) {
    for (const [status, count] of Object.entries(sample.countsByStatus)) {
      write(['orders by status', sample.time, '', status, count]);
    }
    write(['orders', sample.time, '', 'total orders', sample.totalOrders]);
    write(['revenue', sample.time, '', 'revenue (USD)', sample.revenue / 100]);
  }
  for (const point of data.operations) {
    for (const component of point.components) {
      if (component.throughput !== null) {
        write(['throughput', point.time, component.id, 'handled per s', component.throughput]);
      }
      if (component.errorRate !== null) {
        write(['errors', point.time, component.id, 'failures per s', component.errorRate]);
      }
      write(['handler latency', point.time, component.id, 'p50 (ms)', component.p50]);
      write(['handler latency', point.time, component.id, 'p95 (ms)', component.p95]);
      write(['queue depth', point.time, component.id, 'queued', component.queueDepth]);
    }
    write(['consumer lag', point.time, '', 'messages', point.consumerLag]);
    write(['projection lag', point.time, '', 'positions', point.projectionLagPositions]);
    write(['projection lag', point.time, '', 'ms', point.projectionLagMs]);
    write(['dead letters', point.time, '', 'parked', point.deadLetters]);
    write(['saga outcomes', point.time, '', 'completed', point.sagasCompleted]);
    write(['saga outcomes', point.time, '', 'compensated', point.sagasCompensated]);
    write(['saga outcomes', point.time, '', 'stuck', point.sagasStuck]);
    write(['stale reads', point.time, '', 'reads', point.staleReads]);
  }
  return lines.join(CSV_LINE_END) + CSV_LINE_END;
}

/** Virtual times are floats (10765.999999977 ms): a spreadsheet wants them to the microsecond. */
function roundTime(time: number): number {
  return Math.round(time * 1000) / 1000;
}
