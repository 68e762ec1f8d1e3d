/** Shown over an empty canvas: how to put the first component on it. */
export function CanvasEmptyState() {
  return (
    <div className="canvas__empty">
      <p className="canvas__empty-title">The canvas is empty</p>
      <p className="canvas__empty-hint">
        Drag a component from the palette, or focus one and press Enter.
      </p>
    </div>
  );
}
