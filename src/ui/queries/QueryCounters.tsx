import { useEventfoldStore } from '../../state/store';
import { selectProjectionPositions, selectQueryApiStaleReads } from './read-side-figures';

/** Stale reads of this session's queries next to the Query API's own counter, and the read models' lag. */
export function QueryCounters() {
  const stale = useEventfoldStore((state) => state.staleQueryCount);
  const answered = useEventfoldStore((state) => state.answeredQueryCount);
  const apiStaleReads = useEventfoldStore(selectQueryApiStaleReads);
  const positions = useEventfoldStore(selectProjectionPositions);
  return (
    <div className="query-counters">
      <dl className="query-counters__figures">
        <div>
          <dt>Stale reads (your queries)</dt>
          <dd>
            {stale} of {answered}
          </dd>
        </div>
        <div>
          <dt>Query API stale reads</dt>
          <dd>{apiStaleReads ?? 'no Query API'}</dd>
        </div>
      </dl>
      {positions && <p className="query-counters__positions">{positions}</p>}
    </div>
  );
}
