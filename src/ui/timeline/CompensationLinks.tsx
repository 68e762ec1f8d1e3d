import type { BarSpan } from './timeline-geometry';

/** A compensation and the forward bar it undoes, placed in the window. */
export interface CompensationLink {
  readonly key: string;
  /** Where the forward bar is (0 when it lies before the window). */
  readonly forwardX: number;
  readonly compensation: BarSpan;
  readonly active: boolean;
}

/** Track geometry (px), shared with the CSS of the lane tracks. */
export const trackGeometry = { forwardBottom: 24, undoTop: 32 } as const;

/**
 * The connectors from each compensation up to the forward step it undoes: down from the
 * forward bar, across the gap between the tracks, down into the compensation.
 */
export function CompensationLinks({ links }: { links: readonly CompensationLink[] }) {
  if (links.length === 0) return null;
  const { forwardBottom, undoTop } = trackGeometry;
  const middle = (forwardBottom + undoTop) / 2;
  return (
    <svg className="saga-links" aria-hidden="true">
      {links.map((link) => {
        const to = `${link.compensation.left + Math.min(link.compensation.width, 1) / 2}%`;
        const from = `${link.forwardX}%`;
        return (
          <g key={link.key} className={link.active ? 'saga-link saga-link--active' : 'saga-link'}>
            <line x1={from} x2={from} y1={forwardBottom} y2={middle} />
            <line x1={from} x2={to} y1={middle} y2={middle} />
            <line x1={to} x2={to} y1={middle} y2={undoTop} />
          </g>
        );
      })}
    </svg>
  );
}
