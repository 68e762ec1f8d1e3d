import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useEventfoldStore } from '../../state/store';
import { useConnectionRefusals } from './useConnectionRefusals';

/** How long a refusal stays on screen unless dismissed sooner. */
const visibleMs = 12_000;

/** The layout slot the notice is shown over: the canvas area the app frame lays out. */
const canvasAreaSelector = '.canvas-area';

/**
 * Why the last connection was refused, as an alert over the bottom of the canvas (where the
 * connection was being drawn); without a canvas area in the page it shows where it is rendered.
 * Needs React Flow's provider above it (the app's spans the whole frame).
 */
export function ConnectionNotice() {
  const notice = useEventfoldStore((state) => state.connectionNotice);
  const clear = useEventfoldStore((state) => state.clearConnectionNotice);
  const [canvasArea, setCanvasArea] = useState<HTMLElement | null>(null);
  useConnectionRefusals();

  useEffect(() => {
    setCanvasArea(document.querySelector<HTMLElement>(canvasAreaSelector));
  }, []);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(clear, visibleMs);
    return () => clearTimeout(timer);
  }, [notice, clear]);

  if (!notice) return null;
  const alert = (
    <div
      role="alert"
      className={`connection-notice${canvasArea ? ' connection-notice--overlay' : ''}`}
    >
      <p className="connection-notice__text">
        <strong>Connection refused.</strong> {notice.text}
      </p>
      <button
        type="button"
        className="icon-button connection-notice__close"
        aria-label="Dismiss connection message"
        onClick={clear}
      >
        ×
      </button>
    </div>
  );
  return canvasArea ? createPortal(alert, canvasArea) : alert;
}
