import type { EventfoldState } from '../../state/eventfold-state';
import type { TransferState } from '../../state/transfer/transfer-store';
import { readNow, useActionState } from './action-state';
import type { AppAction } from './app-action';
import { ariaKeyShortcuts, shortcutText } from './shortcut';

/** The title a control shows: why it waits, or what it does with its keys (`Run (Space)`). */
export function actionTitle(
  action: AppAction,
  state: EventfoldState,
  transfer: TransferState,
): string {
  const reason = action.unavailableReason?.(state, transfer) ?? null;
  if (reason !== null) return reason;
  const text = action.description ?? action.label;
  if (action.shortcuts.length === 0) return text;
  return `${text} (${action.shortcuts.map(shortcutText).join(' or ')})`;
}

const always = () => true;

/**
 * What a button or menu item renders for an action, read from its table entry. Each read
 * returns a primitive, so the control re-renders only when its enabled state or title changes.
 */
export function useActionView(action: AppAction) {
  const enabled = useActionState(action.enabled);
  const title = useActionState((state, transfer) => actionTitle(action, state, transfer));
  const checked = useActionState(action.checked ?? (() => undefined));
  const shown = useActionState(action.shown ?? always);
  return {
    enabled,
    title,
    checked,
    shown,
    keyShortcuts: ariaKeyShortcuts(action.shortcuts),
    perform: () => readNow(action.perform),
  };
}
