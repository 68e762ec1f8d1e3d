import type { ActionReport, AppAction } from '../actions/app-action';
import { useActionView } from '../actions/useActionView';

interface MenuItemProps {
  action: AppAction;
  itemRef: (element: HTMLButtonElement | null) => void;
  /** Set for a detailed item: the id of the line saying what it does or why it waits. */
  detailId: string | undefined;
  close: () => void;
  onReport: ((report: ActionReport) => void) | undefined;
}

/** One menu item: label, title, keys, availability and checked state from its table entry. */
export function MenuItem({ action, itemRef, detailId, close, onReport }: MenuItemProps) {
  const { enabled, title, checked, shown, keyShortcuts, perform } = useActionView(action);
  if (!shown) return null;
  const checkbox = checked !== undefined;
  // Spread, as the role is chosen at run time: a checkbox item carries its state.
  const role = checkbox
    ? { role: 'menuitemcheckbox', 'aria-checked': checked }
    : { role: 'menuitem' };
  return (
    <button
      ref={itemRef}
      type="button"
      {...role}
      className={detailId ? 'menu__item menu__item--detailed' : 'menu__item'}
      tabIndex={-1}
      // aria-disabled, not disabled: the item stays focusable so arrows can still reach it.
      aria-disabled={enabled ? undefined : true}
      aria-describedby={detailId}
      title={detailId ? undefined : title}
      aria-keyshortcuts={keyShortcuts}
      onClick={() => {
        if (!enabled) return;
        // A checkbox stays open, so several settings can be flipped in one visit.
        if (!checkbox) close();
        const report = perform();
        if (report) onReport?.(report);
      }}
    >
      {detailId ? (
        <>
          <span className="menu__label">{action.label}</span>
          <span id={detailId} className="menu__detail">
            {title}
          </span>
        </>
      ) : (
        action.label
      )}
    </button>
  );
}
