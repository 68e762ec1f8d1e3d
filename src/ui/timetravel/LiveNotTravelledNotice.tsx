import { useEventfoldStore } from '../../state/store';
import { formatCount, formatSeconds } from '../charts/format';

interface LiveNotTravelledNoticeProps {
  /** The Event log (which can take the person to the moment's row) or the Queries tab. */
  readonly panel: 'log' | 'queries';
}

/**
 * While the scrubber holds a past position, a panel that still shows live data says so, and at
 * which moment it is not. The Event log is the record itself: it keeps every row and offers the
 * travelled position's row. Queries are answered by the running engine's projections under its
 * read-consistency rule (src/core/cqrs/read-consistency.ts), which have no past position to ask;
 * the past order list and statistics are the time-travel bar's (src/ui/timetravel/TimeTravelSummary.tsx).
 * Nothing while live.
 */
export function LiveNotTravelledNotice({ panel }: LiveNotTravelledNoticeProps) {
  const travel = useEventfoldStore((state) => state.timeTravel);
  const selectInEventLog = useEventfoldStore((state) => state.selectInEventLog);
  if (travel.live) return null;
  const { position, view } = travel;
  const at = `position ${formatCount(position)}`;
  // The moment's time is known once the jump is computed; until then, its position.
  const moment = view?.position === position ? `t = ${formatSeconds(view.time)}` : at;

  return panel === 'log' ? (
    <p className="time-travel-notice" role="note">
      Live log, not at {moment}: time travel is at {at}, the rows after it came later.
      <button
        type="button"
        className="time-travel-notice__go"
        onClick={() => selectInEventLog({ position, eventIds: [] })}
      >
        Select {at}
      </button>
    </p>
  ) : (
    <p className="time-travel-notice" role="note">
      Live answers, not at {moment}: queries ask the running engine&rsquo;s projections. The
      time-travel bar shows the order list and statistics at {at}.
    </p>
  );
}
