import type { EventfoldState } from '../../state/eventfold-state';
import { useEventfoldStore } from '../../state/store';
import type { AppAction } from './app-actions';
import { ariaKeyShortcuts, shortcutText } from './shortcut';

/** The title a control shows: why it waits, or what it does with its keys (`Run (Space)`). */
export function actionTitle(action: AppAction, state: EventfoldState): string {
  const reason = action.unavailableReason?.(state) ?? null;
  if (reason !== null) return reason;
  const text = action.description ?? action.label;
  if (action.shortcuts.length === 0) return text;
  return `${text} (${action.shortcuts.map(shortcutText).join(' or ')})`;
}

/**
 * What a button or menu item renders for an action, read from its table entry. Each selector
 * returns a primitive, so the control re-renders only when its enabled state or title changes.
 */
export function useActionView(action: AppAction) {
  const enabled = useEventfoldStore(action.enabled);
  const title = useEventfoldStore((state) => actionTitle(action, state));
  return {
    enabled,
    title,
    keyShortcuts: ariaKeyShortcuts(action.shortcuts),
    perform: () => action.perform(useEventfoldStore.getState()),
  };
}
