import type { ReactNode } from 'react';
import type { ActionReport, MenuName } from '../actions/app-action';
import { menuActions } from '../actions/app-actions';
import { ChevronDownIcon } from './control-icons';
import { MenuItem } from './MenuItem';
import { useMenuButton } from './useMenuButton';

interface MenuButtonProps {
  /** Its items are the registered actions of this menu; the name is the button's text too. */
  menu: MenuName;
  icon: ReactNode;
  /** Extra class for the menu popup (Chaos opens leftwards). */
  className?: string;
  /** Items show what they do (or why they wait) on a second line instead of in a title. */
  detailed?: boolean;
  /** Receives what a performed action reports. */
  onReport?: (report: ActionReport) => void;
  /** Rendered after the menu, in the same anchor (a live region, a dialog). */
  children?: ReactNode;
}

/** A toolbar menu of registered actions (WAI-ARIA menu button: arrows move, Escape closes). */
export function MenuButton({
  menu,
  icon,
  className,
  detailed,
  onReport,
  children,
}: MenuButtonProps) {
  const { open, close, menuId, anchorRef, triggerProps, onMenuKeyDown, itemRef } = useMenuButton();
  const actions = menuActions(menu);

  return (
    <div className="menu-anchor" ref={anchorRef}>
      <button {...triggerProps}>
        {icon}
        {menu}
        <ChevronDownIcon />
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-label={menu}
          className={className ? `menu ${className}` : 'menu'}
          onKeyDown={onMenuKeyDown}
        >
          {actions.map((action, index) => (
            <MenuItem
              key={action.label}
              action={action}
              itemRef={itemRef(index)}
              detailId={detailed ? `${menuId}-detail-${index}` : undefined}
              close={close}
              onReport={onReport}
            />
          ))}
        </div>
      )}
      {children}
    </div>
  );
}
