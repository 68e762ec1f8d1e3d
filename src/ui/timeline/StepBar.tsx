import { memo } from 'react';
import type { SagaBar } from '../../sim/analysis/saga-timeline';
import { barDetails, barName } from './bar-labels';
import type { BarSpan } from './timeline-geometry';

interface StepBarProps {
  bar: SagaBar;
  span: BarSpan;
  id: string;
  /** For a compensation: the id of the forward bar it undoes (its accessible description). */
  undoesId: string | undefined;
  /** Drawn emphasised: a compensation linked to it is hovered or focused. */
  linked: boolean;
  onOpen: (bar: SagaBar) => void;
  /** Hovering or focusing a compensation points at its forward bar; null when it stops. */
  onPoint: (bar: SagaBar | null) => void;
}

/** One step attempt on the time axis: a button that opens the attempt's events in the log. */
export const StepBar = memo(function StepBar({
  bar,
  span,
  id,
  undoesId,
  linked,
  onOpen,
  onPoint,
}: StepBarProps) {
  const classes = [
    'saga-bar',
    `saga-bar--${bar.outcome}`,
    bar.track === 'undo' ? 'saga-bar--undo' : 'saga-bar--forward',
    linked ? 'saga-bar--linked' : '',
  ];
  const point = bar.linkedForwardStep === null ? undefined : () => onPoint(bar);
  const unpoint = bar.linkedForwardStep === null ? undefined : () => onPoint(null);
  return (
    <button
      type="button"
      id={id}
      className={classes.join(' ').trim()}
      style={{ left: `${span.left}%`, width: `${span.width}%` }}
      aria-label={barName(bar)}
      aria-describedby={undoesId}
      title={barDetails(bar)}
      onClick={() => onOpen(bar)}
      onMouseEnter={point}
      onMouseLeave={unpoint}
      onFocus={point}
      onBlur={unpoint}
    >
      {span.waitShare > 0 && (
        <span className="saga-bar__wait" style={{ width: `${span.waitShare * 100}%` }} />
      )}
      {bar.linkedForwardStep !== null && (
        <span className="saga-bar__text">↩ {bar.linkedForwardStep}</span>
      )}
      {bar.kind !== null && <span className="saga-bar__text saga-bar__kind">{bar.kind}</span>}
    </button>
  );
});
