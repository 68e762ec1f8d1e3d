import './time-travel.css';
import { useId } from 'react';
import { useEventfoldStore } from '../../state/store';
import { formatCount } from '../charts/format';
import { TimeTravelSummary } from './TimeTravelSummary';

/**
 * The time-travel scrubber over the saved log's global positions 1..head (the status bar's and
 * the log's "saved": the engine may have made more, not saved yet). Moving it pauses
 * the run and shows the read models (order list, statistics, the followed order) at that
 * position, in this bar and in the Charts tab; Live returns to the head.
 */
export function TimeTravelBar() {
  const travel = useEventfoldStore((state) => state.timeTravel);
  const hasLog = useEventfoldStore((state) => state.logSource !== null);
  const orderId = useEventfoldStore((state) => state.selectedOrderId);
  const setOrderId = useEventfoldStore((state) => state.setSelectedOrderId);
  const scrubTo = useEventfoldStore((state) => state.scrubTo);
  const goLive = useEventfoldStore((state) => state.goLive);
  const ids = useId();
  const { head, live, view } = travel;
  const position = live ? head : travel.position;

  return (
    <fieldset className="time-travel" aria-label="Time travel">
      <label className="visually-hidden" htmlFor={`${ids}-position`}>
        Time travel position
      </label>
      <span className="time-travel__title" aria-hidden="true">
        Time travel
      </span>
      <input
        id={`${ids}-position`}
        className="time-travel__range"
        type="range"
        min={1}
        max={Math.max(1, head)}
        step={1}
        value={Math.max(1, position)}
        aria-valuetext={`position ${position} of ${head} saved`}
        aria-describedby={`${ids}-readout`}
        disabled={!hasLog || head === 0}
        onChange={(event) => scrubTo(Number(event.target.value))}
      />
      {/* A span, not <output>: that is role="status", and the status bar owns that role. */}
      <span className="time-travel__readout" id={`${ids}-readout`}>
        position {formatCount(position)} of {formatCount(head)} saved
      </span>
      <button
        type="button"
        className="time-travel__live"
        aria-pressed={live}
        disabled={live}
        onClick={goLive}
      >
        Live
      </button>
      <label className="visually-hidden" htmlFor={`${ids}-order`}>
        Order to follow
      </label>
      <input
        id={`${ids}-order`}
        className="time-travel__order"
        value={orderId}
        placeholder="order id"
        spellCheck={false}
        onChange={(event) => setOrderId(event.target.value)}
      />
      {!live && travel.busy && !view && <span className="time-travel__busy">Computing…</span>}
      {!live && view && <TimeTravelSummary view={view} />}
      {travel.error && (
        <span className="time-travel__error" role="alert">
          {travel.error}
        </span>
      )}
    </fieldset>
  );
}
