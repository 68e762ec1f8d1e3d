// @vitest-environment jsdom
import '../setup/component.setup';
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HostSnapshot } from '../../src/sim/host/engine-host';
import type { DerivedRates } from '../../src/state/live/live-metrics';
import { useEventfoldStore } from '../../src/state/store';
import { renderAppWithEngine, structuralDelayMs } from './run-harness';

// Counts how often each node renders its badges (once per render of that node).
const badgeRenders = vi.hoisted(() => new Map<string, number>());
vi.mock('../../src/ui/canvas/nodes/node-badges', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/ui/canvas/nodes/node-badges')>();
  return {
    ...original,
    describeBadges: (...args: Parameters<typeof original.describeBadges>) => {
      const [, metrics] = args;
      badgeRenders.set(metrics.id, (badgeRenders.get(metrics.id) ?? 0) + 1);
      return original.describeBadges(...args);
    },
  };
});

let dispose: (() => void) | null = null;
afterEach(() => {
  dispose?.();
  dispose = null;
});

async function openExample() {
  const app = await renderAppWithEngine();
  dispose = app.dispose;
  return app;
}

const nodeNamed = (container: HTMLElement, name: string) =>
  Array.from(container.querySelectorAll<HTMLElement>('.react-flow__node')).find(
    (node) => node.querySelector('.component-node__name')?.textContent === name,
  );
const flowLevels = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('[data-flow-level]'), (edge) =>
    Number(edge.getAttribute('data-flow-level')),
  );

/** The rates the store holds now, so a re-applied frame changes only what a test changes. */
function currentRates(): Map<string, DerivedRates> {
  const { metricsById } = useEventfoldStore.getState();
  return new Map(
    Object.values(metricsById).map(({ id, throughput, intake, flowLevel, intakeLevel }) => [
      id,
      { throughput, intake, flowLevel, intakeLevel },
    ]),
  );
}

describe('given the example running on the canvas', () => {
  it('when one component’s metrics change, then only that node re-renders', async () => {
    const { advanceFrames, latestSnapshot } = await openExample();
    act(() => useEventfoldStore.getState().run());
    await advanceFrames(20);
    act(() => useEventfoldStore.getState().pause());
    await advanceFrames(2);
    const paused = latestSnapshot();
    const rates = currentRates();
    const apply = (snapshot: HostSnapshot) =>
      act(() =>
        useEventfoldStore.getState().applySnapshotFrame({ snapshot, eventsPerSecond: 0, rates }),
      );

    badgeRenders.clear();
    apply({ ...paused, revision: paused.revision + 1 });
    expect([...badgeRenders.keys()]).toEqual([]);

    const components = paused.components.map((component) =>
      component.id === 'payment' ? { ...component, errors: component.errors + 1 } : component,
    );
    apply({ ...paused, revision: paused.revision + 2, components });
    expect(Object.fromEntries(badgeRenders)).toEqual({ payment: 1 });
  });

  it('when it runs, then edges carry animated flow; when paused, every edge is still', async () => {
    const { view, advanceFrames } = await openExample();
    expect(flowLevels(view.container)).toHaveLength(19);
    expect(flowLevels(view.container).every((level) => level === 0)).toBe(true);

    act(() => useEventfoldStore.getState().run());
    await advanceFrames(90);
    const running = flowLevels(view.container);
    expect(running.filter((level) => level > 0).length).toBeGreaterThan(5);
    expect(view.container.querySelectorAll('.flow-edge__pulse').length).toBe(
      running.filter((level) => level > 0).length,
    );
    expect(nodeNamed(view.container, 'Order API')?.textContent).toMatch(/\d+(\.\d)?\/s/);

    act(() => useEventfoldStore.getState().pause());
    await advanceFrames(2);
    expect(flowLevels(view.container).every((level) => level === 0)).toBe(true);
    expect(view.container.querySelectorAll('.flow-edge__pulse')).toHaveLength(0);
  });

  it('when Payment goes down, then its node turns red and says so, and its edge goes still', async () => {
    const { view, host, advanceFrames } = await openExample();
    act(() => {
      useEventfoldStore.getState().run();
      host.injectFault({ target: 'payment', setting: 'down', value: true });
    });
    await advanceFrames(90);
    const payment = nodeNamed(view.container, 'Payment');
    expect(payment?.querySelector('.component-node--down')).toBeTruthy();
    expect(payment?.textContent).toContain('Down (crashed)');
    expect(payment?.querySelector('.component-node__fault')?.textContent).toContain('down');
    const paymentEdge = view.container.querySelector(
      '[data-testid="rf__edge-saga-payment"] [data-flow-level]',
    );
    expect(paymentEdge?.getAttribute('data-flow-level')).toBe('0');
  });

  it('when components are deleted after a run started, then the engine reloads once and says the run restarts', async () => {
    const { host, advanceFrames, latestSnapshot } = await openExample();
    const load = vi.spyOn(host, 'load');
    act(() => useEventfoldStore.getState().run());
    await advanceFrames(20);
    expect(useEventfoldStore.getState().eventCount).toBeGreaterThan(0);

    act(() => {
      const { onNodesChange } = useEventfoldStore.getState();
      onNodesChange([{ type: 'remove', id: 'query-api' }]);
      onNodesChange([{ type: 'remove', id: 'order-stats' }]);
    });
    const runBefore = latestSnapshot().runId;
    const eventsBefore = useEventfoldStore.getState().eventCount;
    await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await advanceFrames(2);

    const loaded = load.mock.calls[0]?.[0];
    expect(loaded?.components.map((component) => component.id)).not.toContain('query-api');
    expect(loaded?.components).toHaveLength(12);
    expect(latestSnapshot().runId).toBeGreaterThan(runBefore);
    expect(latestSnapshot().components).toHaveLength(12);
    expect(useEventfoldStore.getState().eventCount).toBeLessThan(eventsBefore);
    expect(useEventfoldStore.getState().status).toBe('running');
    expect(screen.getByText('Canvas changed: the run restarts from t = 0')).toBeTruthy();
  });

  it('when a node is only moved, then the run carries on', async () => {
    const { host, advanceFrames } = await openExample();
    const load = vi.spyOn(host, 'load');
    act(() => useEventfoldStore.getState().run());
    await advanceFrames(10);
    // Fake time from the move on: a reload the move scheduled would be due exactly when the
    // structural debounce has passed, so the check needs no real sleep.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      act(() =>
        useEventfoldStore
          .getState()
          .onNodesChange([{ type: 'position', id: 'payment', position: { x: 1200, y: 160 } }]),
      );
      act(() => vi.advanceTimersByTime(structuralDelayMs));
      expect(load).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
    await advanceFrames(10);
    expect(load).not.toHaveBeenCalled();
    expect(useEventfoldStore.getState().status).toBe('running');
  });

  it('when an edit makes the canvas invalid, then the old run keeps going and the first problem shows', async () => {
    const { host, advanceFrames } = await openExample();
    const load = vi.spyOn(host, 'load');
    act(() => useEventfoldStore.getState().run());
    await advanceFrames(10);
    // Bypasses the connection rules the canvas enforces, as a hand-edited file could.
    act(() =>
      useEventfoldStore.setState((state) => ({
        edges: [...state.edges, { id: 'api-order-list', source: 'api', target: 'order-list' }],
      })),
    );
    await waitFor(() => expect(screen.getByText(/The run keeps the previous canvas/)).toBeTruthy());
    await advanceFrames(10);
    expect(load).not.toHaveBeenCalled();
    expect(useEventfoldStore.getState().status).toBe('running');
  });
});
