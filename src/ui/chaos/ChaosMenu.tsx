import './chaos.css';
import { useCallback } from 'react';
import { useEventfoldStore } from '../../state/store';
import type { ActionReport } from '../actions/app-action';
import { MenuButton } from '../controls/MenuButton';
import { ChaosIcon } from './ChaosIcon';

/** The Chaos menu: named one-click faults (see chaos-actions.ts) against the canvas. */
export function ChaosMenu() {
  const showNotice = useEventfoldStore((state) => state.showNotice);
  // What a fault did is said as a notice over the canvas (Notices.tsx), the page's one place
  // for such messages: under the button it covered the Inspector's header.
  const report = useCallback(
    ({ ok, text }: ActionReport) => showNotice('chaos', ok ? 'info' : 'error', text),
    [showNotice],
  );
  return (
    <MenuButton
      menu="Chaos"
      icon={<ChaosIcon />}
      className="chaos-menu"
      detailed
      onReport={report}
    />
  );
}
