import type { OrderKpis } from '../../sim/analysis/chart-series';
import { formatCents, formatCount, formatPercent } from './format';

interface KpiCardsProps {
  readonly kpis: OrderKpis;
  /**
   * Sagas that finished compensating (`saga.compensated`, the saga components' `sagasCompensated`):
   * the one definition the saga node and the Saga timeline's "Compensated" count too.
   */
  readonly sagasCompensated: number;
}

/**
 * The order KPIs from the statistics read model, and the sagas compensated. Each card is named
 * by what it counts: an order is cancelled a step before its saga ends compensated, so the two
 * can differ at a pause and must not share a name.
 */
export function KpiCards({ kpis, sagasCompensated }: KpiCardsProps) {
  const cancelled = kpis.cancelledOrders;
  const cards = [
    { label: 'Orders placed', value: formatCount(kpis.totalOrders) },
    { label: 'Revenue', value: formatCents(kpis.revenue) },
    { label: 'Average order value', value: formatCents(kpis.averageOrderValue) },
    {
      label: 'Cancellation rate',
      value: formatPercent(kpis.compensationRate),
      hint: `${formatCount(cancelled)} ${cancelled === 1 ? 'order' : 'orders'} cancelled`,
    },
    { label: 'Sagas compensated', value: formatCount(sagasCompensated), hint: 'finished undoing' },
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
