import type { OrderStatistics } from '../../core/projections/order-statistics-queries';
import { formatCents, formatCount } from '../charts/format';

/** The statistics answer as a two-column table of text. */
export function StatisticsTable({ statistics }: { statistics: OrderStatistics }) {
  const rows: [string, string][] = [
    ['Orders placed', formatCount(statistics.totalOrders)],
    ...Object.entries(statistics.byStatus).map(([status, count]): [string, string] => [
      status,
      formatCount(count),
    ]),
    ['Revenue', formatCents(statistics.revenue)],
    ['Placed revenue', formatCents(statistics.placedRevenue)],
    ['Cancelled revenue', formatCents(statistics.cancelledRevenue)],
    ['Average order value', formatCents(statistics.averageOrderValue)],
  ];
  return (
    <table className="query-table query-table--narrow">
      <caption className="visually-hidden">Order statistics</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
