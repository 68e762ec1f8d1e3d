import { useEffect } from 'react';
import { readNow } from './action-state';
import { appActions } from './app-actions';
import { shortcutIsTheApps } from './key-ownership';
import { matchesShortcut } from './shortcut';

/** Every (shortcut, action) pair of the table, in table order. */
const bindings = Object.values(appActions).flatMap((action) =>
  action.shortcuts.map((shortcut) => ({ shortcut, action })),
);

/**
 * Installs every shortcut of the actions table, once for the whole page. A key shared by
 * several actions (Space: Run and Pause) performs the first of them that is enabled.
 */
export function useActionShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // Not checking defaultPrevented: React Flow's key listener prevents Space on the page.
      const matching = bindings.filter((binding) => matchesShortcut(binding.shortcut, event));
      const first = matching[0];
      if (!first || !shortcutIsTheApps(first.shortcut, event)) return;
      // The key is the app's even when its action waits: no page scroll, no browser history.
      event.preventDefault();
      const enabled = matching.find((binding) => readNow(binding.action.enabled));
      if (enabled) readNow(enabled.action.perform);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
