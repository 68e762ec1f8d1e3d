/**
 * html-to-image options for the canvas. The app ships no web fonts (system fonts, see
 * src/styles/tokens.css), so the font pass, which reads every stylesheet looking for
 * @font-face and would fetch what it finds, is skipped. The zoom buttons and the minimap are
 * controls, not the architecture, and are left out of the picture.
 */
const options = {
  skipFonts: true,
  filter: (node: HTMLElement) =>
    !(node instanceof Element) ||
    !(
      node.classList.contains('react-flow__controls') ||
      node.classList.contains('react-flow__minimap')
    ),
};

/** The paint of an SVG shape that the page's stylesheet sets (edges: stroke, arrowheads: fill). */
const paint = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
] as const;

/**
 * html-to-image copies an <svg> whole (cloneNode), so its shapes keep their attributes but lose
 * the stylesheet's rules: the edges came out drawn with `stroke: none`, invisible. Their
 * computed paint is written as presentation attributes for the time of the drawing. Any CSS
 * rule outranks a presentation attribute, so the page itself does not change; the returned
 * function removes them again.
 */
function paintSvgShapes(canvas: HTMLElement): () => void {
  const added: Array<readonly [Element, string]> = [];
  for (const shape of canvas.querySelectorAll('svg *')) {
    const style = getComputedStyle(shape);
    for (const name of paint) {
      if (shape.hasAttribute(name)) continue;
      shape.setAttribute(name, style.getPropertyValue(name));
      added.push([shape, name]);
    }
  }
  return () => {
    for (const [shape, name] of added) shape.removeAttribute(name);
  };
}

/**
 * Draws `canvas` into an image file without any `fetch`: html-to-image hands back data: URLs,
 * and index.html's CSP (`connect-src 'self'`) refuses a fetch of those, which is how Canvas
 * PNG/SVG used to fail in the built app. The PNG comes from the drawn <canvas> (toBlob); the
 * SVG's data: URL is URI-encoded markup, decoded here. Loaded only when a picture is asked for.
 */
export async function canvasImage(canvas: HTMLElement, kind: 'png' | 'svg'): Promise<Blob> {
  const { toBlob, toSvg } = await import('html-to-image');
  const unpaint = paintSvgShapes(canvas);
  try {
    if (kind === 'png') {
      const png = await toBlob(canvas, options);
      if (!png) throw new Error('the browser could not encode the PNG');
      return png;
    }
    const url = await toSvg(canvas, options);
    const markup = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    return new Blob([markup], { type: 'image/svg+xml' });
  } finally {
    unpaint();
  }
}
