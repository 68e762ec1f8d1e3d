import './queries.css';
import { useEventfoldStore } from '../../state/store';
import { useTransferStore } from '../../state/transfer/transfer-store';
import { EmptyState } from '../shared/EmptyState';
import { LiveNotTravelledNotice } from '../timetravel/LiveNotTravelledNotice';
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
  const imported = useTransferStore((state) => state.importedLog !== null);
  return (
    <div className="queries">
      {imported && (
        <p className="queries__imported" role="note">
          An imported log is shown: these queries still ask the simulation&rsquo;s own projections.
          The imported log&rsquo;s order list and statistics are rebuilt by time travel: type an
          order id in the time-travel bar and move the scrubber.
        </p>
      )}
      <LiveNotTravelledNotice panel="queries" />
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
