import './chaos.css';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { EventfoldState } from '../../state/eventfold-state';
import { useEventfoldStore } from '../../state/store';
import { ChevronDownIcon } from '../controls/control-icons';
import { ChaosIcon } from './ChaosIcon';
import { type ChaosAction, chaosActions, chaosTarget, missingKindReason } from './chaos-actions';

/** How long the confirmation stays under the button. */
const confirmationMs = 5000;

/** The kinds on the canvas as one string, so the menu re-renders only when they change. */
const selectKindsPresent = (state: EventfoldState) =>
  [...new Set(state.nodes.map((node) => node.data.kind))].sort().join(' ');

/** The Chaos menu: named one-click faults against the components on the canvas. */
export function ChaosMenu() {
  const [open, setOpen] = useState(false);
  const [confirmation, setConfirmation] = useState<{ ok: boolean; text: string } | null>(null);
  const menuId = useId();
  const anchorRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const hasEngine = useEventfoldStore((state) => state.engine !== null);
  const kindsPresent = useEventfoldStore(selectKindsPresent);

  useEffect(() => {
    if (!open) return;
    itemRefs.current[0]?.focus();
    const closeOnOutsidePointer = (event: PointerEvent) => {
      if (!anchorRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOnOutsidePointer);
    return () => document.removeEventListener('pointerdown', closeOnOutsidePointer);
  }, [open]);

  useEffect(() => {
    if (!confirmation) return;
    const timer = setTimeout(() => setConfirmation(null), confirmationMs);
    return () => clearTimeout(timer);
  }, [confirmation]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

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

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = itemRefs.current.filter((item): item is HTMLButtonElement => item !== null);
    const current = items.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = {
      ArrowDown: (current + 1) % items.length,
      ArrowUp: (current - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      items[target]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className="menu-anchor" ref={anchorRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
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
                ref={(element) => {
                  itemRefs.current[index] = element;
                }}
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
