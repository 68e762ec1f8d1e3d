// @vitest-environment jsdom
import '../setup/component.setup';
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { knownOrderEvents, placedOrders } from '../support/charts-fixtures';
import { renderChartsWith } from './charts-harness';

/** The charts (not the legend icons, which are small recharts surfaces too). */
const chartsIn = (container: HTMLElement) => container.querySelectorAll('.recharts-wrapper');

describe('given chart series with orders and metrics', () => {
  it('when the Charts tab renders, then recharts draws all eight charts with data', async () => {
    const { container } = renderChartsWith(knownOrderEvents());

    await waitFor(() => expect(chartsIn(container)).toHaveLength(8));
    const titles = [...container.querySelectorAll('.chart-card__title')].map((e) => e.textContent);
    expect(titles).toEqual([
      'Orders by status',
      'Revenue',
      'Orders per day',
      'Throughput',
      'Handler latency',
      'Consumer lag',
      'Saga outcomes',
      'DLQ and stale reads',
    ]);
    // Five stacked status areas plus revenue; one bar (virtual day 0); lines with real paths.
    expect(container.querySelectorAll('.recharts-area')).toHaveLength(6);
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(1);
    const curves = [...container.querySelectorAll('.recharts-line-curve, .recharts-area-curve')];
    expect(curves.length).toBeGreaterThan(10);
    for (const curve of curves) expect(curve.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+/);
    const drawn = curves.filter((curve) =>
      /^M[\d.]+,[\d.]+[LC]/.test(curve.getAttribute('d') ?? ''),
    );
    expect(drawn.length).toBeGreaterThan(10);
  });

  it('when it renders, then no series animates (recharts animates by dash arrays and clip paths)', async () => {
    const { container } = renderChartsWith(knownOrderEvents());
    await waitFor(() => expect(chartsIn(container)).toHaveLength(8));

    // An animated line starts with stroke-dasharray="0px 0px"; an animated area is revealed by a
    // growing clip rectangle. Neither may be present.
    for (const line of container.querySelectorAll('.recharts-line-curve')) {
      expect(line.getAttribute('stroke-dasharray') ?? '').not.toMatch(/px/);
    }
    expect(container.querySelectorAll('.recharts-area [clip-path]')).toHaveLength(0);
  });

  it('when more events arrive, then the charts follow at most every 250 ms of wall time', async () => {
    const { container, series, clock } = renderChartsWith(placedOrders(3));
    await waitFor(() => expect(chartsIn(container)).toHaveLength(8));
    const total = () =>
      screen.getByText('Orders placed', { selector: 'dt' }).nextElementSibling?.textContent;
    expect(total()).toBe('3');

    act(() => series.statistics.apply(placedOrders(2, 4)));
    expect(total()).toBe('3');
    act(() => clock.advance(250));
    expect(total()).toBe('5');
  });
});
