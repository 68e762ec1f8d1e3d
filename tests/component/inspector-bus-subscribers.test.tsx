// @vitest-environment jsdom
import '../setup/component.setup';
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SubscriberLag } from '../../src/sim/metrics/subscriber-lag';
import { mergeLiveMetrics } from '../../src/state/live/live-metrics';
import { useEventfoldStore } from '../../src/state/store';
import { busMetrics, subscriberLag as subscriber } from '../support/bus-metrics';
import { freshStore, renderEditor } from './inspector-harness';

const inspector = () => screen.getByRole('complementary', { name: 'Inspector' });

/** What the engine's snapshot says of the bus, as the page's store receives it. */
function showBus(busId: string, subscribers: SubscriberLag[]) {
  const bus = busMetrics(busId, subscribers);
  act(() => {
    const { metricsById } = useEventfoldStore.getState();
    useEventfoldStore.setState({ metricsById: mergeLiveMetrics(metricsById, [bus], new Map()) });
  });
}

const rows = () =>
  within(within(inspector()).getByRole('table', { name: 'Subscribers' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '').join(' | '),
    );

describe('given a selected Event Bus with two subscribers', () => {
  it('when the engine reports their offsets, then a row per subscriber shows committed, lag and rates under the topic’s head', () => {
    const [busId, shippingId, consumerId] = freshStore(['event-bus', 'shipping', 'consumer'], null);
    useEventfoldStore.getState().selectNode(busId!);
    renderEditor();
    expect(
      within(inspector()).getByText('Run the scenario to see each subscriber’s lag.'),
    ).toBeTruthy();

    showBus(busId!, [
      subscriber(shippingId!, {
        committed: 11_000,
        lag: 1_000,
        lagMs: 3_100,
        rateOut: 310,
        handledRate: 18.3,
      }),
      subscriber(consumerId!, { committed: 11_996, lag: 4, instances: 4 }),
    ]);

    expect(rows()).toEqual([
      'Shipping | 11,000 | 1,000 | 340 | 310',
      'Consumer | 11,996 | 4 | 340 | 340',
    ]);
    expect(within(inspector()).getByText(/^Head offset 12,000 /)).toBeTruthy();
    // Only the subscriber slower than its arrivals is named, with its capacity against them.
    expect(within(inspector()).getByRole('status').textContent).toBe(
      'Shipping is falling behind: 20.0/s of the messages it accepts arrive, it finishes 18.3/s with 1 instance.',
    );
  });

  it('when a subscriber’s lag moves, then its row follows', () => {
    const [busId, shippingId] = freshStore(['event-bus', 'shipping'], null);
    useEventfoldStore.getState().selectNode(busId!);
    renderEditor();
    showBus(busId!, [subscriber(shippingId!, { committed: 11_990, lag: 10 })]);
    expect(rows()).toEqual(['Shipping | 11,990 | 10 | 340 | 340']);
    showBus(busId!, [subscriber(shippingId!, { committed: 11_998, lag: 2 })]);
    expect(rows()).toEqual(['Shipping | 11,998 | 2 | 340 | 340']);
    expect(within(inspector()).queryByRole('status')).toBeNull();
  });
});
