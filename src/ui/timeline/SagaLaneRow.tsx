import { memo, useState } from 'react';
import type { SagaBar, SagaLane } from '../../sim/analysis/saga-timeline';
import { retriesText, statusText } from './bar-labels';
import { CompensationLinks } from './CompensationLinks';
import { laneLayout, type PlacedBar } from './lane-layout';
import { StepBar } from './StepBar';
import type { TimeWindow } from './timeline-geometry';

interface SagaLaneRowProps {
  lane: SagaLane;
  range: TimeWindow;
  now: number;
  /** Prefix for the bars' ids, unique per lane on the page. */
  idPrefix: string;
  position: number;
  total: number;
  top: number;
  height: number;
  onOpen: (lane: SagaLane, bar: SagaBar) => void;
}

/** The lane's name for assistive technology: which order, and how its saga stands. */
function laneName(lane: SagaLane): string {
  const why = lane.status === 'stuck' && lane.stuckReason ? `: ${lane.stuckReason}` : '';
  return `Saga ${lane.orderId}, ${lane.status}${why}`;
}

/** One saga instance: its label, forward and compensation tracks, and the steps still ahead. */
export const SagaLaneRow = memo(function SagaLaneRow(props: SagaLaneRowProps) {
  const { lane, range, now, idPrefix, onOpen } = props;
  const [pointed, setPointed] = useState<SagaBar | null>(null);
  const layout = laneLayout(lane, range, now, pointed);
  const linkedIndex =
    pointed === null
      ? undefined
      : layout.undo.find((placed) => placed.bar === pointed)?.undoesIndex;
  const open = (bar: SagaBar) => onOpen(lane, bar);
  const renderBar = (placed: PlacedBar) => (
    <StepBar
      key={`${placed.bar.step}-${placed.bar.attempt}-${placed.index}`}
      bar={placed.bar}
      span={placed.span}
      id={`${idPrefix}-${placed.index}`}
      undoesId={placed.undoesIndex === undefined ? undefined : `${idPrefix}-${placed.undoesIndex}`}
      linked={placed.index === linkedIndex}
      onOpen={open}
      onPoint={setPointed}
    />
  );
  const reason = lane.stuckReason ?? lane.failureReason ?? undefined;
  const retries = retriesText(lane.retries);
  return (
    <li
      aria-label={laneName(lane)}
      aria-posinset={props.position}
      aria-setsize={props.total}
      className={`saga-lane saga-lane--${lane.status}`}
      style={{ transform: `translateY(${props.top}px)`, height: props.height }}
    >
      <div className="saga-lane__label" title={reason}>
        <span className="saga-lane__order">{lane.orderId}</span>
        <span className={`saga-status saga-status--${lane.status}`}>{statusText(lane.status)}</span>
        {retries !== null && (
          <span className="saga-retries" title={retries}>
            <span aria-hidden="true">↻ {lane.retries}</span>
            <span className="visually-hidden">{retries}</span>
          </span>
        )}
      </div>
      <div className="saga-lane__tracks">
        <div className="saga-lane__track saga-lane__track--forward">
          {layout.forward.map(renderBar)}
        </div>
        <CompensationLinks links={layout.links} />
        <div className="saga-lane__track saga-lane__track--undo">{layout.undo.map(renderBar)}</div>
      </div>
      <div className="saga-lane__next">
        {layout.notReached.map((bar) => (
          <span key={bar.step} className="saga-next" title={`${bar.step}: not reached yet`}>
            {bar.step}
            {bar.kind !== null && <span className="saga-kind"> {bar.kind}</span>}
            <span className="visually-hidden">, pending</span>
          </span>
        ))}
      </div>
    </li>
  );
});
