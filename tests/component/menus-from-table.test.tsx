// @vitest-environment jsdom
import '../setup/component.setup';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useEventfoldStore } from '../../src/state/store';
import { useTransferStore } from '../../src/state/transfer/transfer-store';
import type { AppAction, MenuName } from '../../src/ui/actions/app-action';
import { appActions, menuActions } from '../../src/ui/actions/app-actions';
import { ariaKeyShortcuts, chord, shortcutText } from '../../src/ui/actions/shortcut';
import { MenuItem } from '../../src/ui/controls/MenuItem';
import { Toolbar } from '../../src/ui/controls/Toolbar';
import { fakeTransferActions } from '../support/fake-transfer-actions';

const menus: MenuName[] = ['Scenario', 'Export', 'Chaos'];

/** The toolbar over fresh stores; the menu named `menu` is open. */
async function openMenu(menu: MenuName) {
  const user = userEvent.setup();
  render(<Toolbar />);
  await user.click(screen.getByRole('button', { name: menu }));
  return { user, menu: screen.getByRole('menu', { name: menu }) };
}

/** Every item of an open menu, checkbox items included, in order. */
const itemsOf = (menu: HTMLElement) => [
  ...menu.querySelectorAll<HTMLElement>('[role="menuitem"], [role="menuitemcheckbox"]'),
];

/** The menu open with its first registered action made `enabled`, and performing nothing. */
async function openWithFirstAction(name: MenuName, enabled: boolean) {
  const action = menuActions(name)[0]!;
  vi.spyOn(action, 'enabled').mockReturnValue(enabled);
  const perform = vi.spyOn(action, 'perform').mockImplementation(() => {});
  const { user, menu } = await openMenu(name);
  return { user, perform, item: itemsOf(menu)[0]! };
}

/** An item's label: a detailed item also holds its detail line. */
const labelOf = (item: HTMLElement) =>
  (item.querySelector('.menu__label') ?? item).textContent ?? '';

beforeEach(() => {
  useEventfoldStore.setState(useEventfoldStore.getInitialState(), true);
  useTransferStore.setState(useTransferStore.getInitialState(), true);
});

afterEach(() => vi.restoreAllMocks());

describe('given the registered actions of each menu', () => {
  it.each(menus)(
    'when the %s menu opens, then its items are its actions, in table order',
    async (name) => {
      // A filter makes Export's "only filtered" option appear, so every entry has an item.
      useEventfoldStore.setState({ eventLogFilter: { typePattern: 'order.*' } });
      const { menu } = await openMenu(name);

      const registered = menuActions(name);
      expect(registered.length).toBeGreaterThan(1);
      expect(itemsOf(menu).map(labelOf)).toEqual(registered.map((action) => action.label));
    },
  );

  it('when the table is read by menu, then every menu action belongs to exactly the menu that lists it', () => {
    const listed = menus.flatMap((name) => menuActions(name));
    const withMenu = Object.values(appActions).filter((action) => action.menu !== undefined);
    expect(new Set(listed)).toEqual(new Set(withMenu));
    expect(listed).toHaveLength(withMenu.length);
  });

  it.each(menus)(
    'when the first %s action is disabled, then its item is aria-disabled and a click does nothing',
    async (name) => {
      const { user, perform, item } = await openWithFirstAction(name, false);

      expect(item.getAttribute('aria-disabled')).toBe('true');
      await user.click(item);
      expect(perform).not.toHaveBeenCalled();
      expect(screen.getByRole('menu', { name })).toBeTruthy();
    },
  );

  it.each(menus)(
    'when the first %s action is enabled, then a click performs it with both stores and closes the menu',
    async (name) => {
      const { user, perform, item } = await openWithFirstAction(name, true);

      expect(item.getAttribute('aria-disabled')).toBeNull();
      await user.click(item);
      expect(perform).toHaveBeenCalledTimes(1);
      expect(perform).toHaveBeenCalledWith(
        useEventfoldStore.getState(),
        useTransferStore.getState(),
      );
      expect(screen.queryByRole('menu', { name })).toBeNull();
    },
  );

  it('when an action waits, then its item says the registered reason (Export in a title, Chaos on a detail line)', async () => {
    for (const name of ['Export', 'Chaos'] as const) {
      const action = menuActions(name)[0]!;
      vi.spyOn(action, 'unavailableReason').mockReturnValue(`${name} waits for a test`);
      vi.spyOn(action, 'enabled').mockReturnValue(false);
    }
    const { user, menu } = await openMenu('Export');
    expect(itemsOf(menu)[0]!.title).toBe('Export waits for a test');
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('button', { name: 'Chaos' }));
    const chaosItem = itemsOf(screen.getByRole('menu', { name: 'Chaos' }))[0]!;
    expect(chaosItem.title).toBe('');
    const detail = document.getElementById(chaosItem.getAttribute('aria-describedby')!);
    expect(detail?.textContent).toBe('Chaos waits for a test');
  });
});

describe('given an action with a key shown as a menu item', () => {
  it('when it renders, then its title and aria-keyshortcuts name the registered shortcut', () => {
    const action: AppAction = {
      label: 'Try',
      description: 'Try it out',
      shortcuts: [chord('k', true)],
      enabled: () => true,
      perform: () => {},
    };
    render(
      <div role="menu">
        <MenuItem
          action={action}
          itemRef={() => {}}
          detailId={undefined}
          close={() => {}}
          onReport={undefined}
        />
      </div>,
    );

    const item = screen.getByRole('menuitem', { name: 'Try' });
    expect(item.title).toBe(`Try it out (${shortcutText(action.shortcuts[0]!)})`);
    expect(item.title).toBe('Try it out (Ctrl+Shift+K)');
    expect(item.getAttribute('aria-keyshortcuts')).toBe(ariaKeyShortcuts(action.shortcuts));
  });
});

describe('given the Export menu wired to transfer actions, with events stored', () => {
  beforeEach(() => {
    useTransferStore.getState().attachActions(fakeTransferActions());
    useEventfoldStore.setState({ eventCount: 12 });
  });

  it('when a transfer starts while the menu is open, then its items wait and say why', async () => {
    const { menu } = await openMenu('Export');
    const ndjson = within(menu).getByRole('menuitem', { name: 'NDJSON' });
    expect(ndjson.getAttribute('aria-disabled')).toBeNull();

    act(() => useTransferStore.getState().startJob('import', 'Importing log.csv', () => {}));

    expect(ndjson.getAttribute('aria-disabled')).toBe('true');
    expect(ndjson.title).toBe('Another export or import is running');
  });

  it('when the Event log has no filter, then there is no "only filtered" option and logs export whole', async () => {
    const { user, menu } = await openMenu('Export');
    expect(within(menu).queryByRole('menuitemcheckbox')).toBeNull();
    await user.click(within(menu).getByRole('menuitem', { name: 'CSV' }));
    expect(useTransferStore.getState().actions?.exportLog).toHaveBeenCalledWith('csv', 'all');
  });

  it('when "only filtered" is ticked, then the menu stays open, the option is checked and NDJSON exports the filtered events', async () => {
    useEventfoldStore.setState({ eventLogFilter: { typePattern: 'order.*' } });
    const { user, menu } = await openMenu('Export');
    const only = within(menu).getByRole('menuitemcheckbox', {
      name: 'Only what the Event log filter shows',
    });
    expect(only.getAttribute('aria-checked')).toBe('false');

    await user.click(only);
    expect(only.getAttribute('aria-checked')).toBe('true');
    await user.click(within(menu).getByRole('menuitem', { name: 'NDJSON' }));

    expect(useTransferStore.getState().actions?.exportLog).toHaveBeenCalledWith(
      'ndjson',
      'filtered',
    );
  });
});
