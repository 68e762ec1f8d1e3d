// @vitest-environment jsdom
import '../setup/component.setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { componentKindInfo, componentKinds } from '../../src/sim/scenario/component-kinds';
import { useEventfoldStore } from '../../src/state/store';
import { renderApp } from './render-app';

/** The palette's labels, from the kind table: a renamed kind changes them here too. */
const paletteNames = componentKinds.map((kind) => componentKindInfo[kind].label);
const { saga, payment, 'order-service': orderService } = componentKindInfo;

/** A stand-in for the browser's DataTransfer that remembers what dragstart put on it. */
function fakeDataTransfer() {
  const data = new Map<string, string>();
  return {
    setData: (type: string, value: string) => data.set(type, value),
    getData: (type: string) => data.get(type) ?? '',
    effectAllowed: 'none',
    dropEffect: 'none',
  };
}

const palette = () => screen.getByRole('complementary', { name: 'Palette' });
const inspector = () => screen.getByRole('complementary', { name: 'Inspector' });
const canvasNodes = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('.react-flow__node'));

describe('given the palette', () => {
  it('when the app opens, then it lists all 13 component kinds as draggable, described items', () => {
    renderApp();
    const items = within(palette()).getAllByRole('button');
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual(
      expect.arrayContaining(paletteNames),
    );
    expect(items).toHaveLength(paletteNames.length);
    for (const name of paletteNames) {
      const item = within(palette()).getByRole('button', { name });
      expect(item.getAttribute('draggable')).toBe('true');
      const description = document.getElementById(item.getAttribute('aria-describedby') ?? '');
      expect(description?.textContent?.length).toBeGreaterThan(5);
    }
  });

  it('when a palette item is dropped on the pane, then a node with its name appears there', async () => {
    const { container } = renderApp();
    const pane = container.querySelector('.react-flow__pane');
    if (!pane) throw new Error('React Flow pane did not render');
    const dataTransfer = fakeDataTransfer();

    fireEvent.dragStart(within(palette()).getByRole('button', { name: orderService.label }), {
      dataTransfer,
    });
    fireEvent.dragOver(pane, { dataTransfer, clientX: 300, clientY: 200 });
    fireEvent.drop(pane, { dataTransfer, clientX: 300, clientY: 200 });

    await waitFor(() => expect(canvasNodes(container)).toHaveLength(1));
    expect(canvasNodes(container)[0]?.textContent).toContain(orderService.label);
    // Centred under the pointer: the nominal 184x56 node's top-left is half a node away.
    expect(useEventfoldStore.getState().nodes[0]?.position).toEqual({ x: 208, y: 172 });
  });

  it('when something that is not a palette item is dropped, then no node is added', () => {
    const { container } = renderApp();
    const pane = container.querySelector('.react-flow__pane');
    if (!pane) throw new Error('React Flow pane did not render');
    const dataTransfer = fakeDataTransfer();
    dataTransfer.setData('text/plain', 'order-service');

    fireEvent.drop(pane, { dataTransfer, clientX: 10, clientY: 10 });

    expect(useEventfoldStore.getState().nodes).toEqual([]);
  });

  it('when Enter is pressed on a focused item, then one node is added, selected and inspected', async () => {
    const user = userEvent.setup();
    const { container } = renderApp();
    expect(within(inspector()).getByText('Select a component to inspect')).toBeTruthy();

    within(palette()).getByRole('button', { name: payment.label }).focus();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(canvasNodes(container)).toHaveLength(1));
    expect(canvasNodes(container)[0]?.textContent).toContain(payment.label);
    expect(useEventfoldStore.getState().nodes[0]?.selected).toBe(true);
    expect(within(inspector()).getByRole('heading', { name: payment.label })).toBeTruthy();
    expect(within(inspector()).getByText('payment-1')).toBeTruthy();
  });

  it('when Enter is pressed twice, then the second node gets its own name and place', async () => {
    const user = userEvent.setup();
    renderApp();
    within(palette()).getByRole('button', { name: saga.label }).focus();

    await user.keyboard('{Enter}{Enter}');

    const [first, second] = useEventfoldStore.getState().nodes;
    expect([first?.data.name, second?.data.name]).toEqual([saga.label, `${saga.label} 2`]);
    expect(second?.position).not.toEqual(first?.position);
    expect(first?.selected).toBe(false);
    expect(within(inspector()).getByRole('heading', { name: `${saga.label} 2` })).toBeTruthy();
  });
});
