// @vitest-environment jsdom
import '../setup/component.setup';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { componentKindInfo } from '../../src/sim/scenario/component-kinds';
import { useEventfoldStore } from '../../src/state/store';
import { fakeEngine, freshStore, nodeById, renderEditor } from './inspector-harness';

const store = () => useEventfoldStore.getState();
const ids = () => store().nodes.map((node) => node.id);
const edgeIds = () => store().edges.map((edge) => edge.id);
const connect = (source: string, target: string) =>
  act(() => store().onConnect({ source, target, sourceHandle: null, targetHandle: null }));
const press = (key: string, modifiers: { shiftKey?: boolean; metaKey?: boolean } = {}) =>
  fireEvent.keyDown(document.body, { key, ctrlKey: !modifiers.metaKey, ...modifiers });
/** A microtask boundary: the next edit is a new task, as the next key press would be. */
const nextTask = () => act(() => Promise.resolve());

describe('given the graph history', () => {
  it('when a component is added, then Ctrl+Z removes it and Ctrl+Shift+Z / Ctrl+Y bring it back', () => {
    freshStore(['producer'], null);
    renderEditor();
    act(() => {
      store().addComponent('payment', { x: 400, y: 0 });
    });
    expect(ids()).toEqual(['producer-1', 'payment-1']);

    act(() => press('z'));
    expect(ids()).toEqual(['producer-1']);
    act(() => press('Z', { shiftKey: true }));
    expect(ids()).toEqual(['producer-1', 'payment-1']);
    act(() => press('z', { metaKey: true }));
    act(() => press('y'));
    expect(ids()).toEqual(['producer-1', 'payment-1']);
  });

  it('when a node with connections is removed, then one undo brings node and edges back', async () => {
    freshStore(['producer', 'order-service', 'event-store'], null);
    connect('producer-1', 'order-service-1');
    connect('order-service-1', 'event-store-1');
    await nextTask();
    // As React Flow deletes: the node's edges first, then the node, in one task.
    act(() => {
      store().onEdgesChange(edgeIds().map((id) => ({ type: 'remove' as const, id })));
      store().onNodesChange([{ type: 'remove', id: 'order-service-1' }]);
    });
    await nextTask();
    expect(ids()).toEqual(['producer-1', 'event-store-1']);

    act(() => store().undo());
    expect(ids()).toEqual(['producer-1', 'order-service-1', 'event-store-1']);
    expect(edgeIds()).toEqual(['producer-1-order-service-1', 'order-service-1-event-store-1']);

    act(() => store().undo());
    expect(edgeIds()).toEqual(['producer-1-order-service-1']);
    act(() => store().redo());
    act(() => store().redo());
    expect(ids()).toEqual(['producer-1', 'event-store-1']);
    expect(edgeIds()).toEqual([]);
  });

  it('when a connection is undone and redone, then the edge goes and comes back', () => {
    freshStore(['producer', 'order-service'], null);
    connect('producer-1', 'order-service-1');
    act(() => store().undo());
    expect(edgeIds()).toEqual([]);
    act(() => store().redo());
    expect(edgeIds()).toEqual(['producer-1-order-service-1']);
  });

  it('when a reconfiguration is undone, then the config and the running engine go back', async () => {
    const { engine } = fakeEngine();
    freshStore(['producer'], engine);
    act(() => store().selectNode('producer-1'));
    renderEditor();
    const user = userEvent.setup();
    const rate = within(screen.getByRole('complementary', { name: 'Inspector' })).getByLabelText(
      'Rate (orders/s)',
    ) as HTMLInputElement;
    await user.clear(rate);
    await user.type(rate, '40');
    expect(nodeById('producer-1').data.config).toMatchObject({ ratePerSecond: 40 });

    act(() => store().undo());

    expect(nodeById('producer-1').data.config).toMatchObject({ ratePerSecond: 5 });
    expect(engine.reconfigure).toHaveBeenLastCalledWith(
      'producer-1',
      expect.objectContaining({ ratePerSecond: 5 }),
    );
    expect(rate.value).toBe('5');
    // Selection is not history: the inspected node stays selected.
    expect(nodeById('producer-1').selected).toBe(true);

    act(() => store().redo());
    expect(nodeById('producer-1').data.config).toMatchObject({ ratePerSecond: 40 });
  });

  it('when a fault is undone, then the engine gets the previous value', () => {
    const { engine } = fakeEngine();
    freshStore(['payment'], engine);
    act(() => {
      store().setComponentFault('payment-1', 'failure-rate', 1);
    });
    act(() => store().undo());
    expect(nodeById('payment-1').data.faults.failureRate).toBe(0);
    expect(engine.injectFault).toHaveBeenLastCalledWith({
      target: 'payment-1',
      setting: 'failure-rate',
      value: 0,
    });
  });

  it('when a node is dragged over many frames, then one undo returns it to where it started', () => {
    freshStore(['producer'], null);
    const start = nodeById('producer-1').position;
    act(() => {
      for (const x of [10, 20, 30]) {
        store().onNodesChange([
          { type: 'position', id: 'producer-1', position: { x, y: 5 }, dragging: true },
        ]);
      }
      store().onNodesChange([
        { type: 'position', id: 'producer-1', position: { x: 30, y: 5 }, dragging: false },
      ]);
    });
    expect(store().history.past).toHaveLength(1);
    act(() => store().undo());
    expect(nodeById('producer-1').position).toEqual(start);
  });

  it('when selection changes, then nothing is recorded', () => {
    freshStore(['producer', 'payment'], null);
    act(() => store().selectNode('payment-1'));
    act(() => store().onNodesChange([{ type: 'select', id: 'producer-1', selected: true }]));
    expect(store().history.past).toHaveLength(0);
  });

  it('when a name is typed, then one undo reverts the whole name, not a letter', async () => {
    freshStore(['producer'], null);
    act(() => store().selectNode('producer-1'));
    renderEditor();
    const user = userEvent.setup();
    const name = within(screen.getByRole('complementary', { name: 'Inspector' })).getByLabelText(
      'Name',
    );
    await user.type(name, ' API');
    const producer = componentKindInfo.producer.label;
    expect(nodeById('producer-1').data.name).toBe(`${producer} API`);

    // Ctrl+Z in a text field is the field's own undo, not the graph's.
    fireEvent.keyDown(name, { key: 'z', ctrlKey: true });
    expect(nodeById('producer-1').data.name).toBe(`${producer} API`);

    act(() => store().undo());
    expect(nodeById('producer-1').data.name).toBe(producer);
  });
});
