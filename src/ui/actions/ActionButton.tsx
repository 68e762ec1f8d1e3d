import type { ReactNode } from 'react';
import type { AppAction } from './app-action';
import { useActionView } from './useActionView';

interface ActionButtonProps {
  action: AppAction;
  icon: ReactNode;
  className?: string;
}

/** A toolbar button whose label, title, keys and enabled state all come from its table entry. */
export function ActionButton({ action, icon, className = 'button' }: ActionButtonProps) {
  const { enabled, title, keyShortcuts, perform } = useActionView(action);
  return (
    <button
      type="button"
      className={className}
      onClick={perform}
      disabled={!enabled}
      title={title}
      aria-keyshortcuts={keyShortcuts}
    >
      {icon}
      {action.label}
    </button>
  );
}
