// @vitest-environment jsdom
import '../setup/component.setup';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CheckpointedProjection } from '../../src/core/projections/checkpointed-projection';
import { orderStatisticsProjection } from '../../src/core/projections/order-statistics-projection';
import { orderKpis } from '../../src/sim/analysis/chart-series';
import { KpiCards } from '../../src/ui/charts/KpiCards';
import { knownOrderEvents } from '../support/charts-fixtures';
import { renderChartsWith } from './charts-harness';

/** The value shown under a KPI's label. */
const kpi = (label: string) =>
  screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('given the statistics of four known orders (one cancelled)', () => {
  const model = () => {
    const projection = new CheckpointedProjection(orderStatisticsProjection);
    for (const event of knownOrderEvents()) projection.apply(event);
    return projection.model;
  };

  it('when the KPI cards render, then they show orders placed, revenue in dollars, average value and cancellation rate', () => {
    render(<KpiCards kpis={orderKpis(model())} sagasCompensated={0} />);

    expect(kpi('Orders placed')).toBe('4');
    // $10 + $25 + $5: the cancelled $40 order earned nothing.
    expect(kpi('Revenue')).toBe('$40.00');
    expect(kpi('Average order value')).toBe('$13.33');
    expect(kpi('Cancellation rate')).toBe('25%');
    expect(screen.getByText('1 order cancelled')).toBeTruthy();
  });

  it('when sagas finished compensating, then "Sagas compensated" shows them, apart from the orders cancelled', () => {
    // One definition, as the saga node and the timeline's "Compensated" count: saga.compensated.
    render(<KpiCards kpis={orderKpis(model())} sagasCompensated={3} />);

    expect(kpi('Sagas compensated')).toBe('3');
    expect(screen.queryByText('Compensation rate')).toBeNull();
  });

  it('when the Charts tab is fed the same events live, then its cards show the same figures', () => {
    renderChartsWith(knownOrderEvents());

    expect(screen.getByRole('region', { name: 'Order statistics' })).toBeTruthy();
    expect(kpi('Orders placed')).toBe('4');
    expect(kpi('Revenue')).toBe('$40.00');
    expect(kpi('Cancellation rate')).toBe('25%');
  });
});
