import type { QueryEntry } from '../../state/queries/query-entry';
import { formatDuration } from '../charts/format';
import { useComponentNames } from '../charts/useComponentNames';
import { QueryResult } from './QueryResult';
import { describeQuery } from './query-labels';

/** The newest query: what was asked, where it was answered from, whether it was stale, and the result. */
export function QueryAnswerView({ entry }: { entry: QueryEntry }) {
  const { answer } = entry;
  const names = useComponentNames();
  const asked = describeQuery(entry.query, entry.params);
  if (!answer) {
    return (
      <section className="query-answer" aria-label="Query answer" aria-busy="true">
        <p className="query-answer__meta">
          {asked}: waiting for the projection to catch up (read your writes)…
        </p>
      </section>
    );
  }
  if (answer.error) {
    return (
      <section className="query-answer" aria-label="Query answer">
        <p className="query-answer__meta">{asked}</p>
        <p className="query-answer__error" role="alert">
          {answer.error}
        </p>
      </section>
    );
  }
  return (
    <section className="query-answer" aria-label="Query answer">
      <p className="query-answer__meta">
        <span>{asked}</span>
        <span className={answer.stale ? 'query-badge query-badge--stale' : 'query-badge'}>
          {answer.stale ? 'Stale' : 'Fresh'}
        </span>
        <span>
          {names.get(answer.projectionId ?? '') ?? answer.projectionId} at position{' '}
          {answer.position} of {answer.head}
        </span>
        <span>lag {answer.lagPositions}</span>
        {answer.stale && <span>needs position {answer.minPosition}</span>}
        {entry.readYourWrites && <span>waited {formatDuration(answer.waitedMs)}</span>}
      </p>
      {answer.note && <p className="query-answer__note">{answer.note}</p>}
      {answer.result && <QueryResult result={answer.result} />}
    </section>
  );
}
