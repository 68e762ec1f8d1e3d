// @vitest-environment jsdom
import '../setup/component.setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/core/messages/event';
import { compileEventFilter } from '../../src/sim/analysis/event-filter';
import { buildSagaTimeline, laneCounts } from '../../src/sim/analysis/saga-timeline';
import { useEventfoldStore } from '../../src/state/store';
import { TimelineLogSource } from '../support/timeline-log-source';
import { compensatingRun, renderBottomPanel, stuckSagaLog } from './timeline-harness';

let run: StoredEvent[];
beforeAll(() => {
  run = compensatingRun();
});

async function openTimeline() {
  await userEvent.setup().click(screen.getByRole('tab', { name: 'Saga timeline' }));
  // The tab's code loads on first open (the first import in a test run is slow to transform).
  await waitFor(() => expect(screen.queryByText(/Loading the saga timeline/)).toBeNull(), {
    timeout: 15_000,
  });
}

const lanesShown = () =>
  within(screen.getByRole('list', { name: 'Saga lanes' })).getAllByRole('listitem');

describe('given a run where Payment fails every charge', () => {
  it('when the timeline shows it, then a saga is compensated with succeeded forward bars and a compensation linked to the step it undoes', async () => {
    const { pushLive } = renderBottomPanel();
    await openTimeline();
    pushLive(run);

    const lane = await screen.findByRole('listitem', { name: 'Saga o-1, compensated' });
    const bars = within(lane);
    expect(bars.getByText('compensated')).toBeTruthy();
    const reserve = bars.getByRole('button', {
      name: 'reserve-inventory attempt 1, succeeded, compensatable step',
    });
    expect(reserve.className).toContain('saga-bar--succeeded');
    expect(
      bars.getByRole('button', { name: 'process-payment attempt 1, failed, retried, pivot step' }),
    ).toBeTruthy();
    expect(
      bars.getByRole('button', { name: 'process-payment attempt 3, failed, pivot step' }).className,
    ).toContain('saga-bar--failed');
    const release = bars.getByRole('button', {
      name: 'release-inventory attempt 1, succeeded, undoes reserve-inventory',
    });
    // The compensation points at the very bar it undoes, and a connector joins the two.
    expect(release.getAttribute('aria-describedby')).toBe(reserve.id);
    expect(release.className).toContain('saga-bar--undo');
    expect(release.textContent).toBe('↩ reserve-inventory');
    expect(lane.querySelectorAll('.saga-link')).toHaveLength(1);
  });

  it('when a filter is chosen, then the radios show each count and only matching lanes remain', async () => {
    const { pushLive } = renderBottomPanel();
    await openTimeline();
    pushLive(run);
    const expected = laneCounts(buildSagaTimeline(run).lanes());
    expect(expected.compensated).toBeGreaterThan(0);
    expect(expected.all).toBeGreaterThan(expected.compensated);

    const all = await screen.findByRole('radio', { name: `All ${expected.all}` });
    expect((all as HTMLInputElement).checked).toBe(true);
    expect(lanesShown()[0]?.getAttribute('aria-setsize')).toBe(String(expected.all));
    // Virtualised: only the lanes in view (and a few either side) are in the DOM.
    expect(lanesShown().length).toBeGreaterThan(5);
    expect(lanesShown().length).toBeLessThan(30);
    expect(screen.getByRole('radio', { name: `Stuck ${expected.stuck}` })).toBeTruthy();
    expect(screen.getByRole('radio', { name: `Failed ${expected.failed}` })).toBeTruthy();

    await userEvent
      .setup()
      .click(screen.getByRole('radio', { name: `Compensated ${expected.compensated}` }));

    const shown = lanesShown();
    expect(shown[0]?.getAttribute('aria-setsize')).toBe(String(expected.compensated));
    for (const lane of shown) {
      expect(lane.getAttribute('aria-label')).toMatch(/^Saga o-\d+, compensat(ed|ing)$/);
    }
  });

  it('when a bar is clicked, then the Event log tab opens filtered to that attempt', async () => {
    const { pushLive } = renderBottomPanel();
    await openTimeline();
    pushLive(run);
    const lane = await screen.findByRole('listitem', { name: 'Saga o-1, compensated' });

    await userEvent.setup().click(
      within(lane).getByRole('button', {
        name: 'process-payment attempt 2, failed, retried, pivot step',
      }),
    );

    expect(screen.getByRole('tab', { name: 'Event log' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    const filter = useEventfoldStore.getState().eventLogFilter;
    expect(filter).toEqual({ streamId: 'saga-o-1', text: '"step":"process-payment","attempt":2,' });
    // The filter selects exactly that attempt's start and its failure.
    const selected = run.filter(compileEventFilter(filter)).map((event) => event.type);
    expect(selected).toEqual(['saga.step.started', 'saga.step.failed']);
  });
});

describe('given the timeline of a longer run', () => {
  it('when it follows the last 10 s, then only the sagas active in them are listed, and it says so', async () => {
    const longer = compensatingRun(25_000);
    const { pushLive } = renderBottomPanel();
    await openTimeline();
    pushLive(longer);
    await screen.findByRole('listitem', { name: 'Saga o-1, compensated' });
    const lanes = buildSagaTimeline(longer).lanes();
    const times = lanes.flatMap((lane) => [
      lane.startedAt,
      ...lane.bars.flatMap((bar) => [bar.start ?? 0, bar.end ?? 0]),
    ]);
    const latest = Math.max(...times);
    const active = lanes.filter(
      (lane) => lane.startedAt <= latest && (lane.endedAt ?? latest) >= latest - 10_000,
    );
    expect(active.length).toBeLessThan(lanes.length);

    await userEvent.setup().selectOptions(screen.getByLabelText('Time zoom'), 'Last 10 s');

    expect(screen.getByText(`${active.length} sagas active in the last 10 s.`)).toBeTruthy();
    expect(lanesShown()[0]?.getAttribute('aria-label')).toBe(
      `Saga ${active[0]?.orderId}, ${active[0]?.status}`,
    );
    expect(lanesShown()[0]?.getAttribute('aria-setsize')).toBe(String(active.length));
  });
});

describe('given a saga whose refund keeps failing', () => {
  it('when the timeline shows it, then the lane is flagged stuck and the Stuck filter counts it', async () => {
    const { pushLive } = renderBottomPanel();
    await openTimeline();
    pushLive(stuckSagaLog());

    const lane = await screen.findByRole('listitem', {
      name: 'Saga o-9, stuck: refund-payment kept failing',
    });
    expect(lane.className).toContain('saga-lane--stuck');
    expect(within(lane).getByText('⚠ stuck')).toBeTruthy();
    expect(
      within(lane).getByRole('button', {
        name: 'refund-payment attempt 2, failed, undoes process-payment',
      }),
    ).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Stuck 1' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Compensated 0' })).toBeTruthy();
  });
});

describe('given a saga still running', () => {
  it('when it waits on its second step, then that attempt is pending and the steps ahead are shown as not reached', async () => {
    const { pushLive } = renderBottomPanel();
    await openTimeline();
    const firstSaga = run.filter((event) => event.streamId === 'saga-o-1');
    const upToPayment = firstSaga.slice(
      0,
      firstSaga.findIndex((event) => event.type === 'saga.step.failed'),
    );
    pushLive(upToPayment.map((event, index) => ({ ...event, position: index + 1 })));

    const lane = await screen.findByRole('listitem', { name: 'Saga o-1, running' });
    expect(
      within(lane).getByRole('button', { name: 'process-payment attempt 1, pending, pivot step' })
        .className,
    ).toContain('saga-bar--pending');
    const ahead = [...lane.querySelectorAll('.saga-next')].map((chip) =>
      chip.getAttribute('title'),
    );
    expect(ahead).toEqual(['confirm-order: not reached yet', 'send-notification: not reached yet']);
    const aheadKinds = [...lane.querySelectorAll('.saga-next .saga-kind')].map(
      (tag) => tag.textContent,
    );
    expect(aheadKinds).toEqual([' retriable', ' retriable']);
  });
});

describe('given the steps of a saga whose pivot, the payment, was retried', () => {
  it('when the lane shows them, then each forward bar is tagged with its step kind and the lane counts the retries', async () => {
    const { pushLive } = renderBottomPanel();
    await openTimeline();
    pushLive(run);

    const lane = await screen.findByRole('listitem', { name: 'Saga o-1, compensated' });
    const bars = within(lane);
    const kindOf = (name: string) =>
      bars.getByRole('button', { name }).querySelector('.saga-bar__kind')?.textContent;
    expect(kindOf('reserve-inventory attempt 1, succeeded, compensatable step')).toBe(
      'compensatable',
    );
    expect(kindOf('process-payment attempt 1, failed, retried, pivot step')).toBe('pivot');
    expect(
      bars.getByRole('button', { name: 'process-payment attempt 1, failed, retried, pivot step' })
        .title,
    ).toMatch(/^process-payment attempt 1, failed, retried, pivot step: /);
    expect(kindOf('release-inventory attempt 1, succeeded, undoes reserve-inventory')).toBe(
      undefined,
    );
    // Three attempts of the payment: two of them were retried.
    expect(bars.getByText('2 retries')).toBeTruthy();
    const legend = screen.getByRole('list', { name: 'Legend' });
    expect(within(legend).getByText(/^: the go\/no-go point/)).toBeTruthy();
  });
});

describe('given a reloaded page whose run is only in the stored log', () => {
  it('when the timeline opens, then it catches up from the log in pages', async () => {
    const source = new TimelineLogSource(run);
    renderBottomPanel({ logSource: source });
    await openTimeline();

    expect(await screen.findByRole('listitem', { name: 'Saga o-1, compensated' })).toBeTruthy();
    const counts = laneCounts(buildSagaTimeline(run).lanes());
    expect(screen.getByRole('radio', { name: `All ${counts.all}` })).toBeTruthy();
    expect(source.reads.length).toBeGreaterThan(1);
  });
});
