import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import { useEventfoldStore } from '../../state/store';
import {
  DEFAULT_PANEL_SHARE,
  MAX_PANEL_SHARE,
  MIN_PANEL_SHARE,
  panelShareForKey,
  panelShareForPointer,
} from '../../state/ui/panel-share';

const percent = (share: number) => Math.round(share * 100);

interface Drag {
  readonly pointerId: number;
  readonly panelBottom: number;
  readonly frameHeight: number;
}

/**
 * The top edge of the bottom panel as a WAI-ARIA window splitter: drag it, or focus it and use
 * Up/Down (PageUp/PageDown, Home/End), to share the height between canvas and Run details;
 * Enter or a double-click brings the default back. The share is saved with the workspace.
 */
export function PanelResizer() {
  const share = useEventfoldStore((state) => state.bottomPanelShare);
  const setShare = useEventfoldStore((state) => state.setBottomPanelShare);
  const drag = useRef<Drag | null>(null);
  const shown = share ?? DEFAULT_PANEL_SHARE;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = panelShareForKey(event.key, share);
    if (next === undefined) return;
    event.preventDefault();
    setShare(next);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    const panel = event.currentTarget.parentElement;
    const frame = panel?.parentElement;
    if (!panel || !frame) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    drag.current = {
      pointerId: event.pointerId,
      panelBottom: panel.getBoundingClientRect().bottom,
      frameHeight: frame.getBoundingClientRect().height,
    };
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const active = drag.current;
    if (!active || active.pointerId !== event.pointerId) return;
    setShare(panelShareForPointer(event.clientY, active.panelBottom, active.frameHeight));
  };

  const endDrag = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current?.pointerId !== event.pointerId) return;
    drag.current = null;
    event.currentTarget.releasePointerCapture?.(event.pointerId);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: <hr> cannot take focus, be dragged or hold children; WAI-ARIA window splitters are focusable separators.
    <div
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize run details"
      aria-valuemin={percent(MIN_PANEL_SHARE)}
      aria-valuemax={percent(MAX_PANEL_SHARE)}
      aria-valuenow={percent(shown)}
      aria-valuetext={`Run details ${percent(shown)}% of the window height`}
      tabIndex={0}
      className="panel-resizer"
      title="Drag to resize; double-click for the default height"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onDoubleClick={() => setShare(null)}
    />
  );
}
