// @vitest-environment jsdom
import '../setup/component.setup';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useEventfoldStore } from '../../src/state/store';
import { renderAppWithEngine } from './run-harness';

let dispose: (() => void) | null = null;
afterEach(() => {
  dispose?.();
  dispose = null;
});

/** The fault line of the canvas node with this id ('' when it shows none). */
const faultLine = (container: HTMLElement, id: string) =>
  container.querySelector(`.react-flow__node[data-id="${id}"] .component-node__fault`)
    ?.textContent ?? '';

async function openExample() {
  const app = await renderAppWithEngine();
  dispose = app.dispose;
  return app;
}

describe('given the example on the canvas with its engine', () => {
  it('when the bus gets duplicate, drop and reorder settings, then its node badges each', async () => {
    const { view, advanceFrames } = await openExample();
    const store = useEventfoldStore.getState();
    act(() => {
      store.updateComponentConfig('bus', { delivery: 'at-most-once' });
      store.setComponentFault('bus', 'duplicate-rate', 0.1);
      store.setComponentFault('bus', 'drop-rate', 0.02);
      store.setComponentFault('bus', 'reorder-jitter-ms', 300);
      store.setComponentFault('payment', 'failure-rate', 0.5);
    });
    await advanceFrames(2);

    const bus = faultLine(view.container, 'bus');
    expect(bus).toContain('10% dup');
    expect(bus).toContain('2% drop');
    expect(bus).toContain('reorder 300 ms');
    expect(faultLine(view.container, 'payment')).toContain('50% fail');
  });

  it('when a Duplicate storm runs, then the bus shows it while it lasts, then no longer', async () => {
    const { view, advanceFrames } = await openExample();
    act(() => useEventfoldStore.getState().run());
    await advanceFrames(3);
    expect(faultLine(view.container, 'bus')).toBe('');

    const stormAt = useEventfoldStore.getState().virtualTimeMs;
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Chaos' }));
    await user.click(
      within(screen.getByRole('menu', { name: 'Chaos' })).getByRole('menuitem', {
        name: /^Duplicate storm/,
      }),
    );
    await advanceFrames(2);
    expect(faultLine(view.container, 'bus')).toContain('50% dup');
    // Configured, it is not: the storm is the run's, and the scenario keeps its 0.
    const bus = useEventfoldStore.getState().nodes.find((node) => node.id === 'bus');
    expect(bus?.data.config).toMatchObject({ duplicateRate: 0 });

    act(() => useEventfoldStore.getState().setSpeed('max'));
    for (let frame = 0; frame < 600 && faultLine(view.container, 'bus') !== ''; frame += 1) {
      await advanceFrames(1);
    }
    expect(useEventfoldStore.getState().virtualTimeMs).toBeGreaterThanOrEqual(stormAt + 20_000);
    expect(faultLine(view.container, 'bus')).toBe('');
  });
});
