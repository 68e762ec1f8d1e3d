/** A box on screen, in CSS pixels from the viewport's top-left. */
export interface ScreenBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Space between the card and the panel it points at, and kept from the window's edges. */
const gap = 12;

const clamp = (value: number, low: number, high: number) =>
  Math.min(Math.max(value, low), Math.max(low, high));

/**
 * Where the tour's card goes for a panel: inside a panel large enough to hold it with room to
 * spare (the canvas), else beside it (right, left), else above or below it; always on screen.
 */
export function tourCardPlace(
  target: ScreenBox,
  card: { readonly width: number; readonly height: number },
  viewport: { readonly width: number; readonly height: number },
): { left: number; top: number } {
  const right = target.left + target.width;
  const bottom = target.top + target.height;
  const onScreenLeft = (left: number) => clamp(left, gap, viewport.width - card.width - gap);
  const onScreenTop = (top: number) => clamp(top, gap, viewport.height - card.height - gap);
  if (target.width >= 2 * card.width && target.height >= 2 * card.height) {
    return {
      left: onScreenLeft(right - card.width - 2 * gap),
      top: onScreenTop(target.top + 2 * gap),
    };
  }
  if (right + gap + card.width <= viewport.width - gap) {
    return { left: right + gap, top: onScreenTop(target.top + gap) };
  }
  if (target.left - gap - card.width >= gap) {
    return { left: target.left - gap - card.width, top: onScreenTop(target.top + gap) };
  }
  if (target.top - gap - card.height >= gap) {
    return { left: onScreenLeft(right - card.width - gap), top: target.top - gap - card.height };
  }
  return { left: onScreenLeft(right - card.width - gap), top: onScreenTop(bottom + gap) };
}
