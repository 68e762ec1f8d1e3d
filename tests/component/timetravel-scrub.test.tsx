// @vitest-environment jsdom
import '../setup/component.setup';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartSeriesStore } from '../../src/state/charts/chart-series-store';
import { useEventfoldStore } from '../../src/state/store';
import { ChartsPanel } from '../../src/ui/charts/ChartsPanel';
import { TimeTravelBar } from '../../src/ui/timetravel/TimeTravelBar';
import { knownOrderEvents, ManualClock } from '../support/charts-fixtures';
import { MemoryLogSource } from '../support/timetravel-log-source';
import { fakeEngine } from './inspector-harness';

/**
 * The time-travel bar and the Charts tab over a stored log of the nine known order events,
 * with the live charts holding all nine and a fake engine whose pause is a spy.
 */
async function renderTimeTravel() {
  useEventfoldStore.setState(useEventfoldStore.getInitialState(), true);
  const { engine } = fakeEngine();
  const events = knownOrderEvents();
  const source = new MemoryLogSource(events);
  const series = new ChartSeriesStore(new ManualClock());
  series.statistics.apply(events);
  useEventfoldStore.setState({ chartSeries: series, status: 'running' });
  useEventfoldStore.getState().attachEngine(engine);
  useEventfoldStore.getState().attachLogSource(source);
  render(
    <>
      <TimeTravelBar />
      <ChartsPanel />
    </>,
  );
  await screen.findByText('position 9 of 9 saved');
  return { engine, source };
}

const slider = () => screen.getByRole('slider', { name: 'Time travel position' });
const kpi = (label: string) =>
  screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('given a stored log of four orders and a running engine', () => {
  it('when the scrubber moves to position 4, then the engine pauses and the charts show the statistics there', async () => {
    const { engine } = await renderTimeTravel();
    expect(kpi('Orders placed')).toBe('4');

    fireEvent.change(slider(), { target: { value: '4' } });

    expect(engine.pause).toHaveBeenCalledTimes(1);
    expect(screen.getByText('position 4 of 9 saved')).toBeTruthy();
    await screen.findByText(/At position 4 \(t = 1\.6 s\)/);
    // Positions 1-4: o-1, o-2 and o-3 placed, o-1 confirmed; nothing cancelled yet.
    expect(kpi('Orders placed')).toBe('3');
    expect(kpi('Revenue')).toBe('$75.00');
    expect(kpi('Cancellation rate')).toBe('0%');
    expect(screen.getByText('3 orders, 2 pending')).toBeTruthy();
  });

  it('when an order is followed and the scrubber moves, then the bar shows that order as it was', async () => {
    await renderTimeTravel();
    fireEvent.change(screen.getByLabelText('Order to follow'), { target: { value: 'o-3' } });

    fireEvent.change(slider(), { target: { value: '3' } });
    await screen.findByText('o-3: not placed yet');
    fireEvent.change(slider(), { target: { value: '8' } });
    await screen.findByText('o-3: cancelled');
  });

  it('when Live is pressed, then the views follow the head again', async () => {
    await renderTimeTravel();
    fireEvent.change(slider(), { target: { value: '2' } });
    await waitFor(() => expect(kpi('Orders placed')).toBe('2'));

    fireEvent.click(screen.getByRole('button', { name: 'Live' }));

    expect(kpi('Orders placed')).toBe('4');
    expect(screen.getByText('position 9 of 9 saved')).toBeTruthy();
    expect(screen.queryByText(/At position/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Live' })).toHaveProperty('disabled', true);
  });

  it('when the log grows while live, then the scrubber range follows the head', async () => {
    const { source } = await renderTimeTravel();
    const more = knownOrderEvents().map((event) => ({
      ...event,
      id: `more-${event.id}`,
      position: event.position + 9,
      streamId: `${event.streamId}-b`,
    }));

    act(() => source.append(more));

    await screen.findByText('position 18 of 18 saved');
    expect(slider().getAttribute('max')).toBe('18');
  });
});
