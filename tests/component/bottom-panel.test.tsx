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
});
