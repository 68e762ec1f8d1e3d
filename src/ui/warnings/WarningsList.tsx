import { useEventfoldStore } from '../../state/store';
import { warningLogFocus } from '../../state/timeline/log-focus';
import { useObserved } from '../shared/useObserved';
import { formatSeconds } from '../timeline/timeline-geometry';
import { warningKindLabels } from './warning-labels';

/** Warnings drawn at once: the list updates while a run goes on, so it stays small. */
const shownAtMost = 200;

interface WarningsListProps {
  id: string;
  onClose: () => void;
}

/** The run's invariant warnings, newest first, each with a way to its events in the log. */
export function WarningsList({ id, onClose }: WarningsListProps) {
  const { warnings, counts } = useObserved(useEventfoldStore((state) => state.invariants));
  const selectInEventLog = useEventfoldStore((state) => state.selectInEventLog);
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const newestFirst = warnings.slice(-shownAtMost).reverse();

  return (
    <section id={id} className="warnings__panel" aria-label="Invariant warnings">
      <header className="warnings__header">
        <h2 className="warnings__title">Invariant warnings</h2>
        <button type="button" className="warnings__close" onClick={onClose}>
          Close
        </button>
      </header>
      {total === 0 ? (
        <p className="warnings__empty">
          No invariant broke in this run: no duplicate applied twice, no compensation without its
          forward step, no stream handled out of order.
        </p>
      ) : (
        <>
          {total > warnings.length && (
            <p className="warnings__note">
              Showing the newest {warnings.length} of {total}.
            </p>
          )}
          <ol className="warnings__list">
            {newestFirst.map((warning) => (
              <li key={warning.serial} className="warnings__item">
                <div className="warnings__meta">
                  <span className={`warnings__kind warnings__kind--${warning.kind}`}>
                    {warningKindLabels[warning.kind]}
                  </span>
                  <span className="warnings__time">at {formatSeconds(warning.time, 0.1)}</span>
                </div>
                <p className="warnings__message">{warning.message}</p>
                <button
                  type="button"
                  className="warnings__show"
                  aria-label={`Show in log: ${warningKindLabels[warning.kind]} at ${formatSeconds(warning.time, 0.1)}`}
                  onClick={() => {
                    selectInEventLog(warningLogFocus(warning), warning.componentIds);
                    onClose();
                  }}
                >
                  Show in log
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
