// @vitest-environment jsdom
import '../setup/component.setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { InvariantChecker } from '../../src/sim/analysis/invariants';
import { useEventfoldStore } from '../../src/state/store';
import { TimelineLogSource } from '../support/timeline-log-source';
import { runExample } from '../unit/sim/analysis/example-run';
import { renderBottomPanel } from './timeline-harness';

// A bus duplicating a fifth of its messages into the non-idempotent analytics consumer.
const run = runExample({ duplicateRate: 0.2, untilMs: 3_000 }).events();
const expected = new InvariantChecker().addAll(run);

describe('given the bottom panel before any run', () => {
  it('when nothing has been checked, then the indicator says there are no warnings', async () => {
    renderBottomPanel();
    const indicator = screen.getByRole('button', { name: 'No warnings' });
    await userEvent.setup().click(indicator);
    expect(indicator.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('region', { name: 'Invariant warnings' }).textContent).toContain(
      'No invariant broke',
    );
  });
});

describe('given a run where a non-idempotent consumer applied duplicates', () => {
  it('when the warnings list opens, then it shows a duplicate-applied warning whose link opens the log on its events', async () => {
    const user = userEvent.setup();
    const { pushLive } = renderBottomPanel();
    pushLive(run);
    const first = expected[0];
    if (!first) throw new Error('the run raised no warning to check');
    expect(first.kind).toBe('duplicate-applied');

    const indicator = await screen.findByRole('button', {
      name: `${expected.length} warnings`,
    });
    expect(indicator.textContent).toBe(`⚠ ${expected.length} warnings`);
    await user.click(indicator);

    const list = screen.getByRole('region', { name: 'Invariant warnings' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(expected.length);
    const item = items.find((candidate) => candidate.textContent?.includes(first.message));
    if (!item) throw new Error(`no list item shows "${first.message}"`);
    expect(within(item).getByText('Duplicate applied')).toBeTruthy();
    expect(within(item).getByText(`at ${(first.time / 1000).toFixed(1)} s`)).toBeTruthy();

    await user.click(within(item).getByRole('button', { name: /^Show in log: Duplicate applied/ }));

    const state = useEventfoldStore.getState();
    expect(state.activeTab).toBe('event-log');
    // The log is not narrowed to the flow: the warning's own events are to be selected in it.
    expect(state.eventLogFilter).toEqual({});
    expect(state.eventLogFocus).toEqual({ position: first.position, eventIds: first.eventIds });
    expect(state.highlightedComponents).toEqual(['analytics']);
    expect(screen.queryByRole('region', { name: 'Invariant warnings' })).toBeNull();
  });

  it('when Escape is pressed in the open list, then it closes and focus returns to the indicator', async () => {
    const user = userEvent.setup();
    const { pushLive } = renderBottomPanel();
    pushLive(run);
    await user.click(await screen.findByRole('button', { name: `${expected.length} warnings` }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Invariant warnings' })).toBeNull();
    expect(document.activeElement?.textContent).toBe(`⚠ ${expected.length} warnings`);
  });

  it('when a new run starts, then the warnings of the old run are gone', async () => {
    const { pushLive } = renderBottomPanel();
    pushLive(run);
    await screen.findByRole('button', { name: `${expected.length} warnings` });
    pushLive(run.slice(0, 5), 2);
    expect(await screen.findByRole('button', { name: 'No warnings' })).toBeTruthy();
  });
});

describe('given a reloaded page whose run is only in the stored log', () => {
  it('when the panel opens, then the warnings are found by reading the stored log', async () => {
    renderBottomPanel({ logSource: new TimelineLogSource(run) });
    expect(await screen.findByRole('button', { name: `${expected.length} warnings` })).toBeTruthy();
  });
});
