import { useEffect, useId, useRef } from 'react';
import { keepTabInside } from './focus-loop';
import { ShortcutTable } from './ShortcutTable';

interface HelpDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onTour: () => void;
}

/**
 * The keyboard shortcuts and the way into the tour, as a modal <dialog>: the page behind is
 * inert, Tab stays inside, Escape closes it and focus goes back to where it was.
 */
export function HelpDialog({ open, onClose, onTour }: HelpDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<Element | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // The dialog closed itself (Escape) or was closed above: the store follows, and focus goes
  // back unless something opened since (the tour) has taken it.
  const onDialogClose = () => {
    onClose();
    const back = returnTo.current;
    const active = document.activeElement;
    const unclaimed = active === document.body || dialogRef.current?.contains(active);
    if (unclaimed && back instanceof HTMLElement && back.isConnected) back.focus();
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      className="help"
      onClose={onDialogClose}
      onKeyDown={keepTabInside}
    >
      <header className="help__header">
        <h2 id={titleId} className="help__title">
          Help
        </h2>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </header>
      <section className="help__section" aria-labelledby={`${titleId}-keys`}>
        <h3 id={`${titleId}-keys`} className="help__heading">
          Keyboard shortcuts
        </h3>
        <ShortcutTable />
        <p className="help__note">
          On a Mac, Cmd works wherever Ctrl is shown. Space belongs to a focused button or field
          first, and no shortcut acts while you type in a field.
        </p>
      </section>
      <section className="help__section" aria-labelledby={`${titleId}-tour`}>
        <h3 id={`${titleId}-tour`} className="help__heading">
          The panels
        </h3>
        <p className="help__note">
          A short tour points at the canvas, the palette, the Inspector, the run details and the
          status bar in turn.
        </p>
        <button type="button" className="button button--primary" onClick={onTour}>
          Take the tour
        </button>
      </section>
    </dialog>
  );
}
