import type { EventLogViewState } from '../../state/log/event-log-view';
import { formatCount } from './log-format';

/**
 * How many events are saved (the status bar's and the scrubber's "saved"; the engine may have
 * made more), or how many match and how far the filter has looked.
 */
export function LogStatusLine({ state }: { readonly state: EventLogViewState }) {
  const { head, rowCount, filtered, scanned, scanning, error } = state;
  return (
    <div className="log-status">
      <p className="log-status__count">
        {filtered
          ? `${formatCount(rowCount)} ${rowCount === 1 ? 'match' : 'matches'}`
          : `${formatCount(head)} events saved`}
        {filtered &&
          (scanning
            ? ` · scanned ${formatCount(scanned)} of ${formatCount(head)}`
            : ` in ${formatCount(head)} events`)}
      </p>
      {error && (
        <p className="log-error" role="alert">
          Reading the event log failed: {error}
        </p>
      )}
    </div>
  );
}
