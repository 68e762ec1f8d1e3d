// @vitest-environment jsdom
import '../setup/component.setup';
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CapacityFigures } from '../../src/sim/metrics/capacity-figures';
import type { ComponentMetricsSnapshot } from '../../src/sim/metrics/component-metrics';
import { mergeLiveMetrics } from '../../src/state/live/live-metrics';
import { useEventfoldStore } from '../../src/state/store';
import { field, freshStore, inspect, nodeById, renderEditor } from './inspector-harness';

const inspector = () => screen.getByRole('complementary', { name: 'Inspector' });
const section = () => within(inspector()).getByRole('region', { name: 'Capacity' });

/** An M/M/1 consumer near its steady state: λ = 8/s, μ = 10/s, L = 4, W = 0.5 s. */
const steady: CapacityFigures = {
  arrivalRate: 8,
  serviceRate: 10,
  servers: 1,
  capacity: 10,
  utilisation: 0.8,
  inSystem: 4.1,
  timeInSystemMs: 500,
  littleRatio: 1.04,
  backlog: 3,
};

/** What the engine's snapshot says of the component, as the page's store receives it. */
function show(id: string, capacity: CapacityFigures | undefined) {
  const snapshot: ComponentMetricsSnapshot = {
    id,
    received: 100,
    handled: 97,
    errors: 0,
    queueDepth: 0,
    inFlight: 1,
    latency: { p50: 0, p95: 0, p99: 0 },
    status: 'running',
    extra: {},
    ...(capacity ? { capacity } : {}),
  };
  act(() => {
    const { metricsById } = useEventfoldStore.getState();
    useEventfoldStore.setState({
      metricsById: mergeLiveMetrics(metricsById, [snapshot], new Map()),
    });
  });
}

const figures = () =>
  within(section())
    .getAllByRole('term')
    .map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`);

describe('given a selected Consumer', () => {
  it('when the engine reports it as a queue, then λ, μ·c, ρ, L, W, L/(λW) and the M/M/c prediction are shown, with no overload flag', () => {
    const [consumerId] = freshStore(['consumer'], null);
    useEventfoldStore.getState().selectNode(consumerId!);
    renderEditor();
    expect(
      within(section()).getByText(
        'Run the scenario to see its arrivals, capacity and time in system.',
      ),
    ).toBeTruthy();

    show(consumerId!, steady);

    expect(figures()).toEqual([
      'Arrivals λ: 8.0/s',
      'Capacity μ·c: 10.0/s x 1 instance = 10.0/s',
      'Utilisation ρ: 80%',
      'In system L: 4.10',
      'Time in system W: 500 ms',
      'Little L/(λW): 1.04',
      'M/M/c predicts: L 4.00, W 500 ms',
    ]);
    expect(within(section()).queryByRole('status')).toBeNull();
  });

  it('when arrivals exceed its capacity, then it is flagged with the backlog’s growth and drain time', () => {
    const [consumerId] = freshStore(['consumer'], null);
    useEventfoldStore.getState().selectNode(consumerId!);
    renderEditor();
    show(consumerId!, {
      ...steady,
      arrivalRate: 30,
      servers: 2,
      capacity: 20,
      utilisation: 1.5,
      backlog: 400,
      overload: { growthPerSecond: 10, drainSeconds: 20 },
    });
    expect(within(section()).getByText(/^Utilisation ρ$/).nextElementSibling?.textContent).toBe(
      '150%',
    );
    expect(within(section()).getByRole('status').textContent).toBe(
      'Overloaded (ρ ≥ 1): the backlog grows 10.0/s; once arrivals stop, its 400 messages drain in 20.0 s at 20.0/s.',
    );
  });
});

describe('given a selected Event Bus', () => {
  it('then it has no Capacity section: it is not a queue a person sizes here', () => {
    const [busId] = freshStore(['event-bus'], null);
    useEventfoldStore.getState().selectNode(busId!);
    renderEditor();
    expect(within(inspector()).queryByRole('region', { name: 'Capacity' })).toBeNull();
  });
});

describe('given a selected Consumer’s latency', () => {
  it('when its distribution is set to exponential, then the config says so (log-normal until then)', async () => {
    const { user, ids, engine } = inspect('consumer');
    const distribution = field('Distribution') as unknown as HTMLSelectElement;
    expect(distribution.value).toBe('log-normal');
    await user.selectOptions(distribution, 'exponential');
    expect(nodeById(ids[0]!).data.config).toMatchObject({
      latency: expect.objectContaining({ distribution: 'exponential' }),
    });
    expect(engine.reconfigure).toHaveBeenLastCalledWith(
      'consumer-1',
      expect.objectContaining({
        latency: expect.objectContaining({ distribution: 'exponential' }),
      }),
    );
  });
});
