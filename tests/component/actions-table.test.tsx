// @vitest-environment jsdom
import '../setup/component.setup';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyHistory } from '../../src/state/history/graph-history';
import { useEventfoldStore } from '../../src/state/store';
import { useTransferStore } from '../../src/state/transfer/transfer-store';
import { type ActionId, appActions, menuActions } from '../../src/ui/actions/app-actions';
import { ariaKeyShortcuts, type Shortcut, shortcutText } from '../../src/ui/actions/shortcut';
import { renderApp } from './render-app';

const toolbar = () => screen.getByRole('toolbar', { name: 'Simulation controls' });
const entries = Object.entries(appActions) as [ActionId, (typeof appActions)[ActionId]][];
const withKeys = entries.filter(([, action]) => action.shortcuts.length > 0);

/** The key event a person pressing `shortcut` produces (Shift turns a letter upper-case). */
const pressOn = (target: Element | Document, shortcut: Shortcut, extra: KeyboardEventInit = {}) =>
  fireEvent.keyDown(target, {
    key: shortcut.shift ? shortcut.key.toUpperCase() : shortcut.key,
    ctrlKey: Boolean(shortcut.mod),
    shiftKey: Boolean(shortcut.shift),
    ...extra,
  });

/** The app with components loaded and the store's commands replaced by spies. */
function renderWithSpies() {
  renderApp();
  const spies = { run: vi.fn(), pause: vi.fn(), undo: vi.fn(), redo: vi.fn() };
  act(() => useEventfoldStore.setState({ loaded: true, ...spies }));
  return spies;
}

afterEach(() => vi.restoreAllMocks());

describe('given the registered actions table', () => {
  it('when the toolbar shows an action with keys, then its title and aria-keyshortcuts name those keys', () => {
    renderWithSpies();
    const shown = withKeys.filter(([, action]) =>
      within(toolbar()).queryByRole('button', { name: action.label }),
    );
    // Run, Pause and Help are the toolbar's keyed actions; undo and redo have keys but no button.
    expect(shown.map(([id]) => id)).toEqual(['run', 'pause', 'help']);
    for (const [, action] of shown) {
      const button = within(toolbar()).getByRole('button', { name: action.label });
      for (const shortcut of action.shortcuts)
        expect(button.title).toContain(shortcutText(shortcut));
      expect(button.getAttribute('aria-keyshortcuts')).toBe(ariaKeyShortcuts(action.shortcuts));
    }
    // What people read, unchanged from before the table.
    expect(within(toolbar()).getByRole('button', { name: 'Run' }).title).toBe('Run (Space)');
    expect(within(toolbar()).getByRole('button', { name: 'Pause' }).title).toBe('Pause (Space)');
    expect(within(toolbar()).getByRole('button', { name: 'Step' }).title).toBe(
      'Run one scheduled item, then pause',
    );
  });

  it.each(
    withKeys.flatMap(([id, action]) =>
      action.shortcuts.map((shortcut) => [id, shortcutText(shortcut), shortcut] as const),
    ),
  )('when %s is enabled and %s is pressed, then the key performs it', (id, _text, shortcut) => {
    renderWithSpies();
    for (const [other, action] of entries)
      vi.spyOn(action, 'enabled').mockReturnValue(other === id);
    const perform = vi.spyOn(appActions[id], 'perform').mockImplementation(() => {});

    const event = pressOn(document.body, shortcut);

    expect(perform).toHaveBeenCalledTimes(1);
    expect(perform).toHaveBeenCalledWith(useEventfoldStore.getState(), useTransferStore.getState());
    expect(event).toBe(false); // default prevented: no page scroll, no browser shortcut
  });

  it('when Space is pressed, then it runs a loaded idle run and pauses a running one, as the buttons do', async () => {
    const user = userEvent.setup();
    const spies = renderWithSpies();
    pressOn(document.body, { key: ' ' });
    await user.click(within(toolbar()).getByRole('button', { name: 'Run' }));
    expect(spies.run).toHaveBeenCalledTimes(2);

    act(() => useEventfoldStore.setState({ status: 'running' }));
    pressOn(document.body, { key: ' ' });
    await user.click(within(toolbar()).getByRole('button', { name: 'Pause' }));
    expect(spies.pause).toHaveBeenCalledTimes(2);
    expect(spies.run).toHaveBeenCalledTimes(2);
  });

  it('when a key belongs to where focus is, then the app leaves it alone', () => {
    const spies = renderWithSpies();
    const space: Shortcut = { key: ' ' };
    const undo = appActions.undo.shortcuts[0]!;
    // One step to undo, so only where the key lands decides whether it undoes.
    act(() =>
      useEventfoldStore.setState({
        history: { ...emptyHistory, past: [{ nodes: [], edges: [] }] },
      }),
    );

    pressOn(within(toolbar()).getByRole('button', { name: 'Step' }), space); // presses the button
    pressOn(within(toolbar()).getByLabelText('Seed'), space); // types
    pressOn(document.body, space, { repeat: true }); // a held Space does not flicker
    pressOn(within(toolbar()).getByLabelText('Seed'), undo); // the field's own undo
    pressOn(document.body, undo, { altKey: true }); // another shortcut
    const dialog = document.body.appendChild(document.createElement('dialog'));
    dialog.open = true;
    pressOn(dialog.appendChild(document.createElement('button')), undo); // Help is open
    dialog.remove();
    expect(spies.run).not.toHaveBeenCalled();
    expect(spies.undo).not.toHaveBeenCalled();

    // A chord yields to text entry only: on a button (or a canvas node) Ctrl+Z is the graph's.
    pressOn(within(toolbar()).getByRole('button', { name: 'Step' }), undo);
    expect(spies.undo).toHaveBeenCalledTimes(1);
  });

  it('when an action with keys waits, then its key is still the app’s but performs nothing', () => {
    const spies = renderWithSpies();
    act(() => useEventfoldStore.setState({ loaded: false }));
    expect(pressOn(document.body, { key: ' ' })).toBe(false);
    expect(pressOn(document.body, appActions.undo.shortcuts[0]!)).toBe(false);
    expect(spies.run).not.toHaveBeenCalled();
    expect(spies.undo).not.toHaveBeenCalled(); // nothing to undo yet
  });

  it('when the Scenario menu opens, then its items read label and title from the table', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(within(toolbar()).getByRole('button', { name: 'Scenario' }));
    const items = within(screen.getByRole('menu', { name: 'Scenario' })).getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(
      menuActions('Scenario').map((action) => action.label),
    );
    expect(items.map((item) => item.title)).toEqual([
      'Start from an empty canvas',
      'Open the order saga example',
    ]);
  });
});

describe('given actions that share a key', () => {
  it('when the run is in any state, then at most one of them is enabled, so a press is never ambiguous', () => {
    const byKey = new Map<string, ActionId[]>();
    for (const [id, action] of withKeys)
      for (const shortcut of action.shortcuts) {
        const text = shortcutText(shortcut);
        byKey.set(text, [...(byKey.get(text) ?? []), id]);
      }
    const shared = [...byKey.values()].filter((ids) => ids.length > 1);
    expect(shared).toEqual([['run', 'pause']]);
    const base = useEventfoldStore.getInitialState();
    const transfer = useTransferStore.getInitialState();
    for (const status of ['idle', 'running', 'paused'] as const)
      for (const loaded of [false, true])
        for (const ids of shared) {
          const state = { ...base, status, loaded };
          expect(
            ids.filter((id) => appActions[id].enabled(state, transfer)).length,
          ).toBeLessThanOrEqual(1);
        }
  });
});
