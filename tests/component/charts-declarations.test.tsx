// @vitest-environment jsdom
import '../setup/component.setup';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { knownOrderEvents } from '../support/charts-fixtures';
import { renderChartsWith } from './charts-harness';

/** A chart tile by its accessible name (the figure's title). */
const chart = (title: string) => screen.getByRole('figure', { name: title });

/** The legend of a chart as "name colour" entries, in the order drawn. */
const legendOf = (title: string) =>
  [...chart(title).querySelectorAll<HTMLElement>('.recharts-legend-item-text')].map(
    (item) => `${item.textContent} ${item.style.color}`,
  );

const tickTexts = (title: string, axis: 'xAxis' | 'yAxis') =>
  [
    ...chart(title).querySelectorAll(
      `.recharts-${axis}-tick-labels .recharts-cartesian-axis-tick-value`,
    ),
  ].map((tick) => tick.textContent);

// Each chart is a declaration over SeriesChart: these pin what the declarations say, so the
// shared component cannot drift from the names, colours and axes the tiles have always had.
describe('given the Charts tab with orders and metrics', () => {
  it('when it renders, then each chart names its series in its colours, in declared order', async () => {
    const { container } = renderChartsWith(knownOrderEvents());
    await waitFor(() => expect(container.querySelectorAll('.recharts-wrapper')).toHaveLength(8));

    expect(legendOf('Orders by status')).toEqual([
      'cancelled rgb(220, 38, 38)',
      'delivered rgb(22, 163, 74)',
      'shipped rgb(14, 165, 233)',
      'confirmed rgb(99, 102, 241)',
      'pending rgb(217, 119, 6)',
    ]);
    expect(legendOf('Handler latency')).toEqual(['p50 rgb(14, 165, 233)', 'p95 rgb(217, 119, 6)']);
    expect(legendOf('Consumer lag')).toEqual([
      'Bus consumers (messages) rgb(99, 102, 241)',
      'Projection (positions) rgb(168, 85, 247)',
      'Projection (ms) rgb(217, 119, 6)',
    ]);
    expect(legendOf('Saga outcomes')).toEqual([
      'Completed rgb(22, 163, 74)',
      'Compensated rgb(217, 119, 6)',
      'Stuck rgb(220, 38, 38)',
    ]);
    expect(legendOf('DLQ and stale reads')).toEqual([
      'DLQ size rgb(220, 38, 38)',
      'Stale reads rgb(168, 85, 247)',
    ]);
    // Lone series go without a legend: the title names them.
    expect(legendOf('Revenue')).toEqual([]);
    expect(legendOf('Orders per day')).toEqual([]);
  });

  it('when it renders, then the axes read as their units: seconds, dollars, days, two lag units', async () => {
    const { container } = renderChartsWith(knownOrderEvents());
    await waitFor(() => expect(container.querySelectorAll('.recharts-wrapper')).toHaveLength(8));

    const seconds = tickTexts('Revenue', 'xAxis');
    expect(seconds.length).toBeGreaterThan(1);
    for (const tick of seconds) expect(tick).toMatch(/^[\d.]+s$/);
    expect(tickTexts('Revenue', 'yAxis')).toContain('$40.0');
    expect(tickTexts('Orders per day', 'xAxis')).toEqual(['Day 0']);
    expect(chart('Consumer lag').querySelectorAll('.recharts-yAxis')).toHaveLength(2);
    expect(
      chart('Consumer lag').querySelector('.recharts-line-curve[stroke-dasharray="4 3"]'),
    ).not.toBeNull();
    // Levels step: the DLQ line runs flat to the next sample before it rises.
    const dlq = chart('DLQ and stale reads').querySelector('.recharts-line-curve[name="DLQ size"]');
    expect(dlq?.getAttribute('d')).toMatch(/^M[\d.]+,([\d.]+)L[\d.]+,\1L/);
    expect(screen.getByLabelText('Latency of')).toHaveProperty('value', 'slowest');
  });
});
