import type { ReactNode } from 'react';
import { ChevronDownIcon } from './control-icons';
import { useMenuButton } from './useMenuButton';

export interface MenuItem {
  readonly label: string;
  readonly description: string;
  readonly onSelect: () => void;
}

interface MenuButtonProps {
  label: string;
  icon: ReactNode;
  items: readonly MenuItem[];
}

/** A toolbar menu button (WAI-ARIA menu button pattern: arrows move, Escape closes). */
export function MenuButton({ label, icon, items }: MenuButtonProps) {
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
          {items.map((item, index) => (
            <button
              key={item.label}
              ref={itemRef(index)}
              type="button"
              role="menuitem"
              className="menu__item"
              tabIndex={-1}
              title={item.description}
              onClick={() => {
                close();
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
