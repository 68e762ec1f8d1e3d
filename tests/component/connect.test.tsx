// @vitest-environment jsdom
import '../setup/component.setup';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { componentKindInfo } from '../../src/sim/scenario/component-kinds';
import { useEventfoldStore } from '../../src/state/store';
import { fakeEngine, freshStore, nodeById, renderEditor } from './inspector-harness';

const store = () => useEventfoldStore.getState();
const connect = (source: string, target: string) =>
  act(() => store().onConnect({ source, target, sourceHandle: null, targetHandle: null }));
const alertText = () => screen.queryByRole('alert')?.textContent ?? '';
const { producer, projection, 'order-service': orderService } = componentKindInfo;

describe('given a Producer, an Order Service and a Projection on the canvas', () => {
  it("when Producer -> Projection is connected, then it is refused with the rules' reason", () => {
    freshStore(['producer', 'order-service', 'projection'], null);
    renderEditor();
    expect(alertText()).toBe('');

    connect('producer-1', 'projection-1');

    expect(store().edges).toEqual([]);
    expect(alertText()).toContain(`${producer.label} -> ${projection.label} is not allowed`);
    expect(alertText()).toContain('a producer cannot feed a projection directly');
  });

  it('when a connection is dragged, then React Flow is told which targets refuse', () => {
    freshStore(['producer', 'order-service', 'projection'], null);
    const ends = (source: string, target: string) => ({
      source,
      target,
      sourceHandle: null,
      targetHandle: null,
    });
    expect(store().isValidConnection(ends('producer-1', 'projection-1'))).toBe(false);
    expect(store().isValidConnection(ends('producer-1', 'order-service-1'))).toBe(true);
    expect(store().isValidConnection(ends('producer-1', 'producer-1'))).toBe(false);
  });

  it('when a valid connection is made, then an edge with a stable id appears and a repeat is refused', async () => {
    freshStore(['producer', 'order-service', 'projection'], null);
    const { container } = renderEditor();

    connect('producer-1', 'order-service-1');
    expect(store().edges).toEqual([
      { id: 'producer-1-order-service-1', source: 'producer-1', target: 'order-service-1' },
    ]);
    await waitFor(() => expect(container.querySelectorAll('.react-flow__edge')).toHaveLength(1));

    connect('producer-1', 'order-service-1');
    expect(store().edges).toHaveLength(1);
    expect(alertText()).toContain(
      `${producer.label} -> ${orderService.label} is already connected`,
    );
  });

  it('when a drag ends over a refusing handle, then the reason is shown', () => {
    freshStore(['producer', 'projection'], null);
    const { flow } = renderEditor();
    const lookup = flow().getState().nodeLookup;
    const fromNode = lookup.get('producer-1');
    const toNode = lookup.get('projection-1');
    if (!fromNode || !toNode) throw new Error('React Flow has not registered the nodes');
    const handle = {
      id: null,
      nodeId: 'producer-1',
      type: 'source' as const,
      position: 'right' as const,
      x: 0,
      y: 0,
      width: 1,
      height: 1,
    };
    const point = { x: 0, y: 0 };

    act(() =>
      flow().setState({
        connection: {
          inProgress: true,
          isValid: false,
          from: point,
          fromHandle: handle,
          fromPosition: handle.position,
          fromNode,
          to: point,
          toHandle: { ...handle, nodeId: 'projection-1', type: 'target', position: 'left' },
          toPosition: 'left',
          toNode,
          pointer: point,
        },
      } as never),
    );
    expect(alertText()).toBe('');
    act(() => flow().getState().cancelConnection());

    expect(alertText()).toContain(`${producer.label} -> ${projection.label} is not allowed`);
  });

  it('when the notice is dismissed, then it goes', () => {
    freshStore(['producer', 'projection'], null);
    renderEditor();
    connect('producer-1', 'projection-1');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss connection message' }));
    expect(alertText()).toBe('');
  });
});

describe('given connected components', () => {
  it('when a node is removed, then its edges go with it', () => {
    freshStore(['producer', 'order-service', 'event-store'], fakeEngine().engine);
    connect('producer-1', 'order-service-1');
    connect('order-service-1', 'event-store-1');
    expect(store().edges).toHaveLength(2);

    act(() => store().onNodesChange([{ type: 'remove', id: 'order-service-1' }]));

    expect(store().nodes.map((node) => node.id)).toEqual(['producer-1', 'event-store-1']);
    expect(store().edges).toEqual([]);
  });

  it('when Delete is pressed on a selected node, then the node and its edges are removed', async () => {
    freshStore(['producer', 'order-service'], null);
    connect('producer-1', 'order-service-1');
    act(() => store().selectNode('order-service-1'));
    const { container } = renderEditor();
    await waitFor(() => expect(container.querySelectorAll('.react-flow__node')).toHaveLength(2));

    fireEvent.keyDown(document.body, { key: 'Delete', code: 'Delete' });
    fireEvent.keyUp(document.body, { key: 'Delete', code: 'Delete' });

    await waitFor(() => expect(store().nodes.map((node) => node.id)).toEqual(['producer-1']));
    expect(store().edges).toEqual([]);
    expect(nodeById('producer-1').data.name).toBe(producer.label);
  });
});
