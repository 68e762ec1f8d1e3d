import { type KeyboardEvent, type PointerEvent, useLayoutEffect, useRef, useState } from 'react';
import { useEventfoldStore } from '../../state/store';
import {
  clampPanelShare,
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
  const edgeRef = useRef<HTMLDivElement>(null);
  const measured = useDefaultShare(edgeRef);
  const shown = share ?? measured ?? DEFAULT_PANEL_SHARE;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = panelShareForKey(event.key, share ?? measured);
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
      ref={edgeRef}
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

/**
 * The share the default layout gives the panel, measured (layout.css sizes it in pixels, so it
 * is a different share on each window): what the separator announces and where keys start.
 * Null where nothing is laid out.
 */
function useDefaultShare(edgeRef: { readonly current: HTMLElement | null }): number | null {
  const [measured, setMeasured] = useState<number | null>(null);
  useLayoutEffect(() => {
    const panel = edgeRef.current?.parentElement;
    const frame = panel?.parentElement;
    if (!panel || !frame || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const frameHeight = frame.getBoundingClientRect().height;
      const share = panel.getBoundingClientRect().height / frameHeight;
      setMeasured(frameHeight > 0 ? clampPanelShare(share) : null);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(panel);
    observer.observe(frame);
    return () => observer.disconnect();
  }, [edgeRef]);
  return measured;
}
