// @vitest-environment jsdom
import '../setup/component.setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { InvariantChecker } from '../../src/sim/analysis/invariants';
import { useEventfoldStore } from '../../src/state/store';
import { TimelineLogSource } from '../support/timeline-log-source';
import { runExample } from '../unit/sim/analysis/example-run';
import { renderBottomPanel } from './timeline-harness';

// A bus duplicating a fifth of its messages into the non-idempotent analytics consumer: the log
// is hundreds of events long, and the oldest warning's events are far above the newest rows.
const run = runExample({ duplicateRate: 0.2, untilMs: 3_000 }).events();
const oldest = new InvariantChecker().addAll(run)[0];

// jsdom does not scroll: boxes get room to scroll, and a scroll request moves the box's scrollTop
// and fires `scroll`, as a browser would, so the rows the virtualised log draws follow it.
Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
  configurable: true,
  get: () => 100_000,
});
HTMLElement.prototype.scrollTo = function scrollTo(
  this: HTMLElement,
  options?: ScrollToOptions | number,
) {
  const top = typeof options === 'number' ? 0 : (options?.top ?? 0);
  Object.defineProperty(this, 'scrollTop', { configurable: true, writable: true, value: top });
  this.dispatchEvent(new Event('scroll'));
} as HTMLElement['scrollTo'];

const positionOf = (id: string) => run.find((event) => event.id === id)?.position;

/** The Event log's rendered rows that are selected, by position. */
function selectedPositions(): number[] {
  return within(screen.getByRole('grid', { name: 'Stored events' }))
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-selected') === 'true')
    .map((row) => Number(within(row).getAllByRole('cell')[0]?.textContent));
}

describe('given a stored run whose non-idempotent consumer applied duplicates', () => {
  it('when "Show in log" of the oldest warning is pressed, then the log keeps every event, scrolls to the offending events and selects them', async () => {
    if (!oldest) throw new Error('the run raised no warning to check');
    const offending = oldest.eventIds.map(positionOf);
    expect(offending).not.toContain(undefined);
    // The revealing event is far from the newest rows the log opens on.
    expect(run.length - oldest.position).toBeGreaterThan(100);

    const user = userEvent.setup();
    renderBottomPanel({ logSource: new TimelineLogSource(run) });
    await user.click(await screen.findByRole('button', { name: /^\d+ warnings$/ }));
    const list = screen.getByRole('region', { name: 'Invariant warnings' });
    const items = within(list).getAllByRole('listitem');
    const item = items.at(-1) as HTMLElement;
    expect(item.textContent).toContain(oldest.message);
    await user.click(within(item).getByRole('button', { name: /^Show in log/ }));

    expect(useEventfoldStore.getState().activeTab).toBe('event-log');
    // Not a filter on the whole correlation: the log around the events stays in view.
    expect(useEventfoldStore.getState().eventLogFilter).toEqual({});
    // Reading the log and drawing its rows takes a while on a loaded machine.
    await waitFor(() => expect(selectedPositions()).toContain(oldest.position), { timeout: 5_000 });
    // Both offending events are drawn around it, selected, and nothing else is.
    expect(selectedPositions()).toEqual([...offending].sort((a, b) => (a ?? 0) - (b ?? 0)));
    // The revealing event's details are open.
    await waitFor(
      () =>
        expect(screen.getByRole('complementary', { name: 'Event details' }).textContent).toContain(
          run[oldest.position - 1]?.id,
        ),
      { timeout: 5_000 },
    );
    expect(useEventfoldStore.getState().highlightedComponents).toEqual(['analytics']);
  });
});
