// @vitest-environment jsdom
import '../setup/component.setup';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

const tabNames = ['Event log', 'Charts', 'Saga timeline', 'Queries'];

const tab = (name: string) => screen.getByRole('tab', { name });
const selectedTabName = () =>
  screen.getAllByRole('tab').find((element) => element.getAttribute('aria-selected') === 'true')
    ?.textContent;

/** The panel a tab controls, checked through aria-controls and aria-labelledby. */
function panelOf(name: string): HTMLElement {
  const panel = document.getElementById(tab(name).getAttribute('aria-controls') ?? '');
  if (!panel) throw new Error(`No tab panel for "${name}"`);
  expect(panel.getAttribute('role')).toBe('tabpanel');
  expect(panel.getAttribute('aria-labelledby')).toBe(tab(name).id);
  return panel;
}

describe('given the bottom panel', () => {
  it('when the app opens, then the four tabs exist and the Event log shows an honest empty state', () => {
    renderApp();
    expect(screen.getAllByRole('tab').map((element) => element.textContent)).toEqual(tabNames);
    expect(selectedTabName()).toBe('Event log');
    expect(panelOf('Event log').hidden).toBe(false);
    expect(panelOf('Event log').textContent).toContain('No events yet');
    expect(panelOf('Charts').hidden).toBe(true);
  });

  it('when a tab is clicked, then it is selected and only its panel shows', async () => {
    const user = userEvent.setup();
    renderApp();

    await user.click(tab('Charts'));

    expect(selectedTabName()).toBe('Charts');
    expect(panelOf('Charts').hidden).toBe(false);
    expect(panelOf('Event log').hidden).toBe(true);
    expect(tab('Charts').tabIndex).toBe(0);
    expect(tab('Event log').tabIndex).toBe(-1);
  });

  it('when arrow keys are pressed, then selection and focus move and wrap around', () => {
    renderApp();
    tab('Event log').focus();

    fireEvent.keyDown(tab('Event log'), { key: 'ArrowRight' });
    expect(selectedTabName()).toBe('Charts');
    expect(document.activeElement).toBe(tab('Charts'));

    fireEvent.keyDown(tab('Charts'), { key: 'ArrowLeft' });
    fireEvent.keyDown(tab('Event log'), { key: 'ArrowLeft' });
    expect(selectedTabName()).toBe('Queries');
    expect(document.activeElement).toBe(tab('Queries'));

    fireEvent.keyDown(tab('Queries'), { key: 'Home' });
    expect(selectedTabName()).toBe('Event log');
    fireEvent.keyDown(tab('Event log'), { key: 'End' });
    expect(selectedTabName()).toBe('Queries');
    expect(panelOf('Queries').hidden).toBe(false);
  });

  it('when the panel edge is focused and keys pressed, then the panel share changes, shows on the frame and Enter restores the default', () => {
    const { container } = renderApp();
    const edge = screen.getByRole('separator', { name: 'Resize run details' });
    const frame = container.querySelector('.app-shell') as HTMLElement;
    expect(edge.getAttribute('aria-valuenow')).toBe('44');
    expect(frame.style.getPropertyValue('--bottom-panel-share')).toBe('');

    edge.focus();
    fireEvent.keyDown(edge, { key: 'PageUp' });
    fireEvent.keyDown(edge, { key: 'ArrowUp' });

    expect(edge.getAttribute('aria-valuenow')).toBe('56');
    expect(edge.getAttribute('aria-valuetext')).toBe('Run details 56% of the window height');
    expect(frame.classList.contains('app-shell--sized')).toBe(true);
    expect(frame.style.getPropertyValue('--bottom-panel-share')).toBe('0.56');

    fireEvent.keyDown(edge, { key: 'End' });
    expect(edge.getAttribute('aria-valuenow')).toBe('75');
    fireEvent.keyDown(edge, { key: 'Enter' });
    expect(edge.getAttribute('aria-valuenow')).toBe('44');
    expect(frame.classList.contains('app-shell--sized')).toBe(false);
  });

  it('when the panel edge is dragged up, then the panel takes the height down to its bottom; a double-click restores the default', () => {
    const { container } = renderApp();
    const edge = screen.getByRole('separator', { name: 'Resize run details' });
    const frame = container.querySelector('.app-shell') as HTMLElement;
    const panel = edge.parentElement as HTMLElement;
    // jsdom lays nothing out: a 1,000 px frame whose panel ends at 970 px.
    frame.getBoundingClientRect = () => ({ height: 1000 }) as DOMRect;
    panel.getBoundingClientRect = () => ({ bottom: 970 }) as DOMRect;

    fireEvent.pointerDown(edge, { pointerId: 1, button: 0, clientY: 670 });
    fireEvent.pointerMove(edge, { pointerId: 1, clientY: 470 });
    fireEvent.pointerUp(edge, { pointerId: 1, clientY: 470 });
    expect(edge.getAttribute('aria-valuenow')).toBe('50');
    // After the drag ended, moving the pointer changes nothing.
    fireEvent.pointerMove(edge, { pointerId: 1, clientY: 100 });
    expect(edge.getAttribute('aria-valuenow')).toBe('50');

    fireEvent.doubleClick(edge);
    expect(edge.getAttribute('aria-valuenow')).toBe('44');
    expect(frame.classList.contains('app-shell--sized')).toBe(false);
  });
});
