import './warnings.css';
import { useEffect, useId, useRef } from 'react';
import { totalWarnings } from '../../state/invariants/invariants-slice';
import { useEventfoldStore } from '../../state/store';
import { useObserved } from '../shared/useObserved';
import { WarningsList } from './WarningsList';
import { warningsSummary } from './warning-labels';

/**
 * Always in view beside the bottom tabs: how many invariant warnings the run raised. It keeps
 * the invariant checker fed while the app is open, and opens the list of warnings.
 */
export function WarningsIndicator() {
  const total = totalWarnings(useObserved(useEventfoldStore((state) => state.invariants)));
  const open = useEventfoldStore((state) => state.warningsOpen);
  const setOpen = useEventfoldStore((state) => state.setWarningsOpen);
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  // Escape closes the open list from anywhere, like any popup, and focus returns to the button.
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, setOpen]);

  return (
    <div className="warnings">
      <button
        ref={buttonRef}
        type="button"
        className={total > 0 ? 'warnings__button warnings__button--raised' : 'warnings__button'}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {total > 0 && <span aria-hidden="true">⚠ </span>}
        {warningsSummary(total)}
      </button>
      {open && <WarningsList id={listId} onClose={close} />}
    </div>
  );
}
