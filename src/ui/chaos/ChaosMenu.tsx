import './chaos.css';
import { useEffect, useState } from 'react';
import type { EventfoldState } from '../../state/eventfold-state';
import { useEventfoldStore } from '../../state/store';
import { ChevronDownIcon } from '../controls/control-icons';
import { useMenuButton } from '../controls/useMenuButton';
import { ChaosIcon } from './ChaosIcon';
import { type ChaosAction, chaosActions, chaosTarget, missingKindReason } from './chaos-actions';

/** How long the confirmation stays under the button. */
const confirmationMs = 5000;

/** The kinds on the canvas as one string, so the menu re-renders only when they change. */
const selectKindsPresent = (state: EventfoldState) =>
  [...new Set(state.nodes.map((node) => node.data.kind))].sort().join(' ');

/** The Chaos menu: named one-click faults against the components on the canvas. */
export function ChaosMenu() {
  const { open, close, menuId, anchorRef, triggerProps, onMenuKeyDown, itemRef } = useMenuButton();
  const [confirmation, setConfirmation] = useState<{ ok: boolean; text: string } | null>(null);
  const hasEngine = useEventfoldStore((state) => state.engine !== null);
  const kindsPresent = useEventfoldStore(selectKindsPresent);

  useEffect(() => {
    if (!confirmation) return;
    const timer = setTimeout(() => setConfirmation(null), confirmationMs);
    return () => clearTimeout(timer);
  }, [confirmation]);

  const unavailableReason = (action: ChaosAction): string | null => {
    if (!hasEngine) return 'The simulation is not ready yet';
    return kindsPresent.split(' ').includes(action.kind) ? null : missingKindReason(action);
  };

  const apply = (action: ChaosAction) => {
    if (unavailableReason(action)) return;
    const state = useEventfoldStore.getState();
    const target = chaosTarget(action, state.nodes);
    if (!target.ok) return;
    const { setting, value } = action.spec;
    const problem = state.injectTimedFault(target.node.id, setting, value, action.durationMs);
    setConfirmation(
      problem
        ? { ok: false, text: `${action.label} failed: ${problem}` }
        : { ok: true, text: `${action.label} on ${target.node.data.name}` },
    );
    close();
  };

  return (
    <div className="menu-anchor" ref={anchorRef}>
      <button {...triggerProps}>
        <ChaosIcon />
        Chaos
        <ChevronDownIcon />
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-label="Chaos"
          className="menu chaos-menu"
          onKeyDown={onMenuKeyDown}
        >
          {chaosActions.map((action, index) => {
            const reason = unavailableReason(action);
            const reasonId = `${menuId}-reason-${index}`;
            return (
              <button
                key={action.label}
                ref={itemRef(index)}
                type="button"
                role="menuitem"
                className="menu__item chaos-menu__item"
                tabIndex={-1}
                aria-disabled={reason ? true : undefined}
                aria-describedby={reasonId}
                onClick={() => apply(action)}
              >
                <span className="chaos-menu__label">{action.label}</span>
                <span id={reasonId} className="chaos-menu__detail">
                  {reason ?? action.description}
                </span>
              </button>
            );
          })}
        </div>
      )}
      <p
        // A polite live region without role="status": that role names the status bar alone.
        aria-live="polite"
        className={`chaos-status${confirmation?.ok === false ? ' chaos-status--error' : ''}`}
      >
        {confirmation?.text}
      </p>
    </div>
  );
}
