// @vitest-environment jsdom
import '../setup/component.setup';
import { act } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useEventfoldStore } from '../../src/state/store';
import { renderAppWithEngine } from './run-harness';

// jsdom lays nothing out, so React Flow cannot be watched panning here; what the canvas asks of
// its viewport is watched instead (the real page pans: tests/e2e/show-in-view.spec.ts).
const fitView = vi.fn(() => Promise.resolve(true));
vi.mock('@xyflow/react', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@xyflow/react')>();
  return {
    ...actual,
    useReactFlow: () => ({ ...actual.useReactFlow(), fitView }),
  };
});

let dispose: (() => void) | null = null;
afterEach(() => {
  dispose?.();
  dispose = null;
});

describe('given the example on the canvas', () => {
  it('when "Show on canvas" highlights a flow, then the canvas pans and zooms to exactly its nodes, animated', async () => {
    const app = await renderAppWithEngine();
    dispose = app.dispose;
    fitView.mockClear();

    act(() => useEventfoldStore.getState().setHighlightedComponents(['orders', 'payment']));
    expect(fitView).toHaveBeenCalledTimes(1);
    expect(fitView).toHaveBeenCalledWith(
      expect.objectContaining({
        nodes: [{ id: 'orders' }, { id: 'payment' }],
        duration: expect.any(Number),
      }),
    );
    const [options] = fitView.mock.calls[0] as unknown as [{ duration: number }];
    expect(options.duration).toBeGreaterThan(0);

    // The same flow again (the button pressed after panning away): it pans again.
    act(() => useEventfoldStore.getState().setHighlightedComponents(['orders', 'payment']));
    expect(fitView).toHaveBeenCalledTimes(2);

    // Components with no node (an imported log's) are left out; none left: the view stays.
    act(() => useEventfoldStore.getState().setHighlightedComponents(['payment', 'elsewhere']));
    expect(fitView).toHaveBeenLastCalledWith(
      expect.objectContaining({ nodes: [{ id: 'payment' }] }),
    );
    act(() => useEventfoldStore.getState().setHighlightedComponents(['elsewhere']));
    expect(fitView).toHaveBeenCalledTimes(3);

    // Clearing the highlight leaves the viewport where it is.
    act(() => useEventfoldStore.getState().setHighlightedComponents([]));
    expect(fitView).toHaveBeenCalledTimes(3);
  });
});
