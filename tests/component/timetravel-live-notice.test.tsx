// @vitest-environment jsdom
import '../setup/component.setup';
import '../support/log-test-layout';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useEventfoldStore } from '../../src/state/store';
import { EventLogPanel } from '../../src/ui/log/EventLogPanel';
import { QueriesPanel } from '../../src/ui/queries/QueriesPanel';
import { TimeTravelBar } from '../../src/ui/timetravel/TimeTravelBar';
import { knownOrderEvents } from '../support/charts-fixtures';
import { MemoryLogSource } from '../support/timetravel-log-source';
import { fakeEngine } from './inspector-harness';

/** The time-travel bar, the Event log and the Queries tab over the nine known order events. */
async function renderPanels() {
  useEventfoldStore.setState(useEventfoldStore.getInitialState(), true);
  const { engine } = fakeEngine();
  useEventfoldStore.setState({ status: 'running' });
  useEventfoldStore.getState().attachEngine(engine);
  useEventfoldStore.getState().attachLogSource(new MemoryLogSource(knownOrderEvents()));
  render(
    <>
      <TimeTravelBar />
      <EventLogPanel />
      <QueriesPanel />
    </>,
  );
  await screen.findByText('position 9 of 9 saved');
}

const slider = () => screen.getByRole('slider', { name: 'Time travel position' });
const notes = () => screen.queryAllByRole('note').map((note) => note.textContent);

describe('given the Event log and the Queries tab while time travel is live', () => {
  it('when nothing is scrubbed, then neither says anything about time travel', async () => {
    await renderPanels();
    expect(notes()).toEqual([]);
  });
});

describe('given the scrubber moved back to position 4 (t = 1.6 s)', () => {
  it('when the Event log and Queries show, then each says plainly it is live, not at that moment', async () => {
    await renderPanels();
    fireEvent.change(slider(), { target: { value: '4' } });
    await screen.findByText(/At position 4 \(t = 1\.6 s\)|3 orders, 2 pending/);

    await waitFor(() =>
      expect(notes()).toEqual([
        'Live log, not at t = 1.6 s: time travel is at position 4, the rows after it came later.Select position 4',
        'Live answers, not at t = 1.6 s: queries ask the running engine’s projections. The time-travel bar shows the order list and statistics at position 4.',
      ]),
    );
  });

  it('when "Select position 4" is pressed, then the log selects that row; Live removes both notices', async () => {
    const user = userEvent.setup();
    await renderPanels();
    fireEvent.change(slider(), { target: { value: '4' } });
    await user.click(await screen.findByRole('button', { name: 'Select position 4' }));

    const grid = screen.getByRole('grid', { name: 'Stored events' });
    await waitFor(() => {
      const selected = within(grid)
        .getAllByRole('row')
        .filter((row) => row.getAttribute('aria-selected') === 'true');
      expect(selected.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
        '4',
      ]);
    });

    await user.click(screen.getByRole('button', { name: 'Live' }));
    expect(notes()).toEqual([]);
  });
});
