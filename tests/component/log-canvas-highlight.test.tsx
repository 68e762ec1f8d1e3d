// @vitest-environment jsdom
import '../setup/component.setup';
import { act } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useEventfoldStore } from '../../src/state/store';
import { renderAppWithEngine } from './run-harness';

let dispose: (() => void) | null = null;
afterEach(() => {
  dispose?.();
  dispose = null;
});

/** The names of the canvas nodes that carry the Event log's highlight. */
const highlightedNames = (container: HTMLElement) =>
  Array.from(
    container.querySelectorAll('.component-node--highlighted .component-node__name'),
    (name) => name.textContent,
  );

describe('given the example on the canvas', () => {
  it('when the Event log highlights a flow, then exactly its components are marked, until cleared', async () => {
    const app = await renderAppWithEngine();
    dispose = app.dispose;
    const { container } = app.view;
    expect(highlightedNames(container)).toEqual([]);

    act(() => useEventfoldStore.getState().setHighlightedComponents(['orders', 'payment']));
    expect(highlightedNames(container).sort()).toEqual(['Order Service', 'Payment']);

    act(() => useEventfoldStore.getState().setHighlightedComponents([]));
    expect(highlightedNames(container)).toEqual([]);
  });
});
