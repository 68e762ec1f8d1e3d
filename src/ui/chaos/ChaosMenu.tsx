import './chaos.css';
import { useEffect, useState } from 'react';
import type { ActionReport } from '../actions/app-action';
import { MenuButton } from '../controls/MenuButton';
import { ChaosIcon } from './ChaosIcon';

/** How long the confirmation stays under the button. */
const confirmationMs = 5000;

/** The Chaos menu: named one-click faults (see chaos-actions.ts) against the canvas. */
export function ChaosMenu() {
  const [confirmation, setConfirmation] = useState<ActionReport | null>(null);

  useEffect(() => {
    if (!confirmation) return;
    const timer = setTimeout(() => setConfirmation(null), confirmationMs);
    return () => clearTimeout(timer);
  }, [confirmation]);

  return (
    <MenuButton
      menu="Chaos"
      icon={<ChaosIcon />}
      className="chaos-menu"
      detailed
      onReport={setConfirmation}
    >
      <p
        // A polite live region without role="status": that role names the status bar alone.
        aria-live="polite"
        className={`chaos-status${confirmation?.ok === false ? ' chaos-status--error' : ''}`}
      >
        {confirmation?.text}
      </p>
    </MenuButton>
  );
}
