import './queries.css';
import { useEventfoldStore } from '../../state/store';
import { EmptyState } from '../shared/EmptyState';
import { QueryAnswerView } from './QueryAnswerView';
import { QueryCounters } from './QueryCounters';
import { QueryForm } from './QueryForm';

const emptyHint =
  'Ask the engine’s projections for an order, a user’s orders, the pending orders or the statistics: each answer says which position it reflects and whether it was stale.';

/**
 * The Queries tab (CQRS read side): GetOrder, GetUserOrders, pending orders and statistics
 * asked of the engine's own projections, with the position each answer reflects, its lag and
 * whether it was stale; optionally waiting to read your own writes.
 */
export function QueriesPanel() {
  const latest = useEventfoldStore((state) => state.queryEntries[0]);
  return (
    <div className="queries">
      <div className="queries__controls">
        <QueryForm />
        <QueryCounters />
      </div>
      {latest ? (
        <QueryAnswerView entry={latest} />
      ) : (
        <EmptyState title="No queries yet" hint={emptyHint} />
      )}
    </div>
  );
}
