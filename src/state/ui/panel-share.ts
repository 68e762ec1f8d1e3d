/**
 * How much of the window height the bottom panel (Run details) takes, as a share of the app
 * frame. A share rather than pixels, so a saved layout still fits a window of another size.
 * `null` is the default layout (src/styles/layout.css: up to 400 px where the window has room,
 * so the Event log shows 10+ rows; 44% of a 900 px window). DEFAULT_PANEL_SHARE stands for it where
 * the page cannot be measured.
 */
export type PanelShare = number | null;

export const MIN_PANEL_SHARE = 0.15;
export const MAX_PANEL_SHARE = 0.75;
export const DEFAULT_PANEL_SHARE = 0.44;
/** Arrow keys move the edge by 2% of the height, Page keys by 10%. */
const SMALL_STEP = 0.02;
const LARGE_STEP = 0.1;

/** `share` kept inside the allowed range, rounded to a tenth of a per cent. */
export function clampPanelShare(share: number): number {
  const clamped = Math.min(MAX_PANEL_SHARE, Math.max(MIN_PANEL_SHARE, share));
  return Math.round(clamped * 1000) / 1000;
}

/**
 * The share after a key on the separator (WAI-ARIA window splitter): Up makes the panel taller,
 * Down shorter, PageUp/PageDown in bigger steps, Home/End to the smallest/largest, Enter back to
 * the default. `undefined` for a key that does nothing here.
 */
export function panelShareForKey(key: string, current: PanelShare): PanelShare | undefined {
  const now = current ?? DEFAULT_PANEL_SHARE;
  switch (key) {
    case 'ArrowUp':
      return clampPanelShare(now + SMALL_STEP);
    case 'ArrowDown':
      return clampPanelShare(now - SMALL_STEP);
    case 'PageUp':
      return clampPanelShare(now + LARGE_STEP);
    case 'PageDown':
      return clampPanelShare(now - LARGE_STEP);
    case 'Home':
      return MIN_PANEL_SHARE;
    case 'End':
      return MAX_PANEL_SHARE;
    case 'Enter':
      return null;
    default:
      return undefined;
  }
}

/**
 * The share for a pointer at `pointerY` while dragging the panel's top edge: the panel runs from
 * there down to `panelBottom`, out of a frame `frameHeight` tall (all in CSS pixels).
 */
export function panelShareForPointer(
  pointerY: number,
  panelBottom: number,
  frameHeight: number,
): number {
  if (frameHeight <= 0) return DEFAULT_PANEL_SHARE;
  return clampPanelShare((panelBottom - pointerY) / frameHeight);
}
