import { lazy, type ReactNode, Suspense } from 'react';
import type { BottomTabId } from '../../state/ui/bottom-tabs';
import { EventLogPanel } from '../log/EventLogPanel';

// Only the Event log (the tab that opens first) is in the start-up bundle. recharts is large
// (~100 kB gzip), and the Saga timeline and Queries tabs are only wanted once a run has
// something to show: each loads when its tab is first opened (the service worker precaches
// them all, so this costs nothing offline).
const ChartsPanel = lazy(() =>
  import('../charts/ChartsPanel').then((module) => ({ default: module.ChartsPanel })),
);
const SagaTimelinePanel = lazy(() =>
  import('../timeline/SagaTimelinePanel').then((module) => ({
    default: module.SagaTimelinePanel,
  })),
);
const QueriesPanel = lazy(() =>
  import('../queries/QueriesPanel').then((module) => ({ default: module.QueriesPanel })),
);

function Loading({ what, children }: { what: string; children: ReactNode }) {
  return (
    <Suspense fallback={<p className="tab-panel__loading">Loading {what}…</p>}>{children}</Suspense>
  );
}

/** What each bottom tab shows; only the active one is mounted. */
export function TabContent({ tab }: { tab: BottomTabId }) {
  switch (tab) {
    case 'event-log':
      return <EventLogPanel />;
    case 'charts':
      return (
        <Loading what="charts">
          <ChartsPanel />
        </Loading>
      );
    case 'saga-timeline':
      return (
        <Loading what="the saga timeline">
          <SagaTimelinePanel />
        </Loading>
      );
    case 'queries':
      return (
        <Loading what="queries">
          <QueriesPanel />
        </Loading>
      );
  }
}
