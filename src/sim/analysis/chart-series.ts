// The chart models in one place for the Charts tab: order statistics over time and their KPIs
// (chart "Order statistics"), and operations figures from component metrics (chart "Operations").
// Each concept lives in its own file; this module only gathers them.
export { downsampleLast, downsampleMinMax } from './downsample';
export {
  type ComponentOperations,
  type MetricsSample,
  type OperationsPoint,
  OperationsSeries,
  type OperationsSeriesOptions,
  operationsPoint,
} from './operations-series';
export { type OrderKpis, orderKpis } from './order-kpis';
export { RingBuffer } from './ring-buffer';
export {
  type StatisticsSample,
  StatisticsSeries,
  type StatisticsSeriesOptions,
  statisticsSample,
} from './statistics-series';
