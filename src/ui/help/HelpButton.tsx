import './help.css';
import { useCallback, useState } from 'react';
import { useEventfoldStore } from '../../state/store';
import { appActions } from '../actions/app-actions';
import { useActionView } from '../actions/useActionView';
import { Icon } from '../shared/Icon';
import { HelpDialog } from './HelpDialog';
import { Tour } from './Tour';

/**
 * The toolbar's Help button (the `?` key opens the same), with the dialog and tour it opens. A
 * "?" icon named by its action's label: the toolbar has no room left for another word.
 */
export function HelpButton() {
  const { title, keyShortcuts, perform } = useActionView(appActions.help);
  const open = useEventfoldStore((state) => state.helpOpen);
  const setOpen = useEventfoldStore((state) => state.setHelpOpen);
  const [touring, setTouring] = useState(false);
  const close = useCallback(() => setOpen(false), [setOpen]);
  const startTour = useCallback(() => {
    setOpen(false);
    setTouring(true);
  }, [setOpen]);
  const endTour = useCallback(() => setTouring(false), []);

  return (
    <>
      <button
        type="button"
        className="icon-button"
        aria-label={appActions.help.label}
        title={title}
        aria-keyshortcuts={keyShortcuts}
        aria-haspopup="dialog"
        onClick={perform}
      >
        <Icon size={18}>
          <circle cx="12" cy="12" r="9" />
          <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 17h.01" />
        </Icon>
      </button>
      <HelpDialog open={open} onClose={close} onTour={startTour} />
      {touring && <Tour onEnd={endTour} />}
    </>
  );
}
