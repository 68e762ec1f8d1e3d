import './status-bar.css';
import { selectEventCount, selectRunStatus, selectVirtualTimeMs } from '../../state/selectors';
import { useEventfoldStore } from '../../state/store';
import { formatEventCount, formatVirtualTime, runStatusLabel } from './status-format';

/** The bottom status line: run status, virtual time and how many events the run produced. */
export function StatusBar() {
  const status = useEventfoldStore(selectRunStatus);
  const virtualTimeMs = useEventfoldStore(selectVirtualTimeMs);
  const eventCount = useEventfoldStore(selectEventCount);
  return (
    <footer role="status" aria-label="Simulation status" className="status-bar">
      <span className="status-bar__item">
        <span className={`status-bar__dot status-bar__dot--${status}`} aria-hidden="true" />
        {runStatusLabel(status)}
      </span>
      <span className="status-bar__item status-bar__number">
        {formatVirtualTime(virtualTimeMs)}
      </span>
      <span className="status-bar__item status-bar__number">{formatEventCount(eventCount)}</span>
    </footer>
  );
}
