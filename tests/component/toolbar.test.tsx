// @vitest-environment jsdom
import '../setup/component.setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useEventfoldStore } from '../../src/state/store';
import { renderApp } from './render-app';

const toolbar = () => screen.getByRole('toolbar', { name: 'Simulation controls' });
const button = (name: string) =>
  within(toolbar()).getByRole('button', { name }) as HTMLButtonElement;
const statusText = () => screen.getByRole('status', { name: 'Simulation status' }).textContent;

describe('given the simulation toolbar', () => {
  it('when the app opens, then every control is there by its accessible name', () => {
    renderApp();
    for (const name of ['Run', 'Pause', 'Step', 'Reset', 'Export'])
      expect(button(name)).toBeTruthy();
    const importInput = within(toolbar()).getByLabelText('Import') as HTMLInputElement;
    expect(importInput.type).toBe('file');
    expect(importInput.accept).toBe('.json,.ndjson,.csv');
    expect(importInput.disabled).toBe(true);
    expect(importInput.getAttribute('aria-describedby')).toBeTruthy();
    const speed = within(toolbar()).getByLabelText('Speed') as HTMLSelectElement;
    expect(Array.from(speed.options, (option) => option.text)).toEqual([
      '0.25x',
      '1x',
      '2x',
      '5x',
      '10x',
      '100x',
      'max',
    ]);
    expect(within(toolbar()).getByLabelText('Seed')).toBeTruthy();
  });

  it('when nothing is loaded, then Run, Pause, Step and Reset are disabled (the engine drives them)', () => {
    renderApp();
    for (const name of ['Run', 'Pause', 'Step', 'Reset']) expect(button(name).disabled).toBe(true);
    expect(statusText()).toContain('Ready');
  });

  it('when Export is opened, then it offers the log formats, the scenario, images and a share link', async () => {
    const user = userEvent.setup();
    renderApp();

    await user.click(button('Export'));

    const menu = screen.getByRole('menu');
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'CloudEvents JSON',
      'NDJSON',
      'CSV',
      'Chart data',
      'Scenario',
      'Canvas PNG',
      'Canvas SVG',
      'Copy share link',
    ]);
    // The log formats wait for events; with nothing on the canvas the rest wait too.
    for (const item of items.slice(0, 4)) expect(item.getAttribute('aria-disabled')).toBe('true');
    expect(items[0]?.title).toBe('Available once a run has events');
    expect(document.activeElement).toBe(items[0]);

    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(items[1]);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button('Export'));
  });

  it('when a seed is typed, then valid seeds reach the store and a cleared field is flagged', async () => {
    const user = userEvent.setup();
    renderApp();
    const seed = within(toolbar()).getByLabelText('Seed') as HTMLInputElement;

    await user.clear(seed);
    expect(seed.getAttribute('aria-invalid')).toBe('true');
    expect(useEventfoldStore.getState().seed).toBe(42);

    await user.type(seed, '1234');
    expect(useEventfoldStore.getState().seed).toBe(1234);
    expect(seed.getAttribute('aria-invalid')).toBe('false');
  });

  it('when a speed is chosen, then the store holds it', async () => {
    const user = userEvent.setup();
    renderApp();

    await user.selectOptions(within(toolbar()).getByLabelText('Speed'), '100x');

    expect(useEventfoldStore.getState().speed).toBe('100');
  });
});
