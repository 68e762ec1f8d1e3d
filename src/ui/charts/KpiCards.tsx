import type { OrderKpis } from '../../sim/analysis/chart-series';
import { formatCents, formatCount, formatPercent } from './format';

/** The four order KPIs, from the statistics read model. */
export function KpiCards({ kpis }: { kpis: OrderKpis }) {
  const cards = [
    { label: 'Total orders', value: formatCount(kpis.totalOrders) },
    { label: 'Revenue', value: formatCents(kpis.revenue) },
    { label: 'Average order value', value: formatCents(kpis.averageOrderValue) },
    {
      label: 'Compensation rate',
      value: formatPercent(kpis.compensationRate),
      hint: `${formatCount(kpis.cancelledOrders)} cancelled`,
    },
  ];
  return (
    <dl className="kpi-cards">
      {cards.map(({ label, value, hint }) => (
        <div key={label} className="kpi-card">
          <dt className="kpi-card__label">{label}</dt>
          <dd className="kpi-card__value">{value}</dd>
          {hint && <dd className="kpi-card__hint">{hint}</dd>}
        </div>
      ))}
    </dl>
  );
}
