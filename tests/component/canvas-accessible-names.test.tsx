// @vitest-environment jsdom
import '../setup/component.setup';
import { act, renderHook, screen } from '@testing-library/react';
import type { Edge } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import type { CanvasNode } from '../../src/state/graph/canvas-node';
import { newComponentData } from '../../src/state/graph/scenario-mapping';
import { useEventfoldStore } from '../../src/state/store';
import { useAccessibleGraph } from '../../src/ui/canvas/accessible-graph';
import { renderApp } from './render-app';

const node = (id: string, kind: 'payment' | 'saga', name: string): CanvasNode => ({
  id,
  type: kind,
  position: { x: 0, y: 0 },
  data: newComponentData(kind, name),
});

describe('given the canvas graph handed to React Flow', () => {
  it('when a node is named like its kind, then its name is the kind; otherwise name and kind', () => {
    const nodes = [node('payment', 'payment', 'Payment'), node('saga', 'saga', 'Order Saga')];
    const edges: Edge[] = [{ id: 'e1', source: 'saga', target: 'payment' }];
    const { result } = renderHook(() => useAccessibleGraph(nodes, edges));
    expect(result.current.nodes.map((labelled) => labelled.ariaLabel)).toEqual([
      'Payment',
      'Order Saga (Saga)',
    ]);
    expect(result.current.edges[0]?.ariaLabel).toBe('Connection from Order Saga to Payment');
  });

  it('when one node changes, then the others keep their labelled objects and edges follow a rename', () => {
    const payment = node('payment', 'payment', 'Payment');
    const saga = node('saga', 'saga', 'Order Saga');
    const edges: Edge[] = [{ id: 'e1', source: 'saga', target: 'payment' }];
    const { result, rerender } = renderHook(({ nodes }) => useAccessibleGraph(nodes, edges), {
      initialProps: { nodes: [payment, saga] },
    });
    const before = result.current;
    const renamed = { ...saga, data: { ...saga.data, name: 'Checkout' } };
    rerender({ nodes: [payment, renamed] });
    // React Flow compares node objects by identity: an unchanged node must not become new.
    expect(result.current.nodes[0]).toBe(before.nodes[0]);
    expect(result.current.nodes[1]?.ariaLabel).toBe('Checkout (Saga)');
    expect(result.current.edges[0]?.ariaLabel).toBe('Connection from Checkout to Payment');
  });

  it('when the canvas shows the graph, then nodes and edges are groups named by component', async () => {
    renderApp();
    act(() =>
      useEventfoldStore
        .getState()
        .replaceGraph(
          [node('payment', 'payment', 'Payment'), node('saga', 'saga', 'Order Saga')],
          [{ id: 'e1', source: 'saga', target: 'payment' }],
        ),
    );
    expect(await screen.findByRole('group', { name: 'Order Saga (Saga)' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Payment' })).toBeTruthy();
    expect(
      await screen.findByRole('group', { name: 'Connection from Order Saga to Payment' }),
    ).toBeTruthy();
  });
});
