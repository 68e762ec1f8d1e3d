import type { ReactNode } from 'react';
import type { AppAction } from '../actions/app-actions';
import { useActionView } from '../actions/useActionView';
import { ChevronDownIcon } from './control-icons';
import { useMenuButton } from './useMenuButton';

interface MenuButtonProps {
  label: string;
  icon: ReactNode;
  actions: readonly AppAction[];
}

interface ActionMenuItemProps {
  action: AppAction;
  itemRef: (element: HTMLButtonElement | null) => void;
  close: () => void;
}

/** One item: label, title, keys and availability from the action's table entry. */
function ActionMenuItem({ action, itemRef, close }: ActionMenuItemProps) {
  const { enabled, title, keyShortcuts, perform } = useActionView(action);
  return (
    <button
      ref={itemRef}
      type="button"
      role="menuitem"
      className="menu__item"
      tabIndex={-1}
      // aria-disabled, not disabled: the item stays focusable so arrows can still reach it.
      aria-disabled={enabled ? undefined : true}
      title={title}
      aria-keyshortcuts={keyShortcuts}
      onClick={() => {
        if (!enabled) return;
        close();
        perform();
      }}
    >
      {action.label}
    </button>
  );
}

/** A toolbar menu of registered actions (WAI-ARIA menu button: arrows move, Escape closes). */
export function MenuButton({ label, icon, actions }: MenuButtonProps) {
  const { open, close, menuId, anchorRef, triggerProps, onMenuKeyDown, itemRef } = useMenuButton();

  return (
    <div className="menu-anchor" ref={anchorRef}>
      <button {...triggerProps}>
        {icon}
        {label}
        <ChevronDownIcon />
      </button>
      {open && (
        <div id={menuId} role="menu" aria-label={label} className="menu" onKeyDown={onMenuKeyDown}>
          {actions.map((action, index) => (
            <ActionMenuItem
              key={action.label}
              action={action}
              itemRef={itemRef(index)}
              close={close}
            />
          ))}
        </div>
      )}
    </div>
  );
}
