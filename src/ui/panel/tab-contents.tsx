import { lazy, Suspense } from 'react';
import type { BottomTabId } from '../../state/ui/bottom-tabs';
import { EventLogPanel } from '../log/EventLogPanel';
import { QueriesPanel } from '../queries/QueriesPanel';
import { SagaTimelinePanel } from '../timeline/SagaTimelinePanel';

// recharts is large (~100 kB gzip): the Charts tab loads it only when first opened.
const ChartsPanel = lazy(() =>
  import('../charts/ChartsPanel').then((module) => ({ default: module.ChartsPanel })),
);

/** What each bottom tab shows; only the active one is mounted. */
export function TabContent({ tab }: { tab: BottomTabId }) {
  switch (tab) {
    case 'event-log':
      return <EventLogPanel />;
    case 'charts':
      return (
        <Suspense fallback={<p className="tab-panel__loading">Loading charts…</p>}>
          <ChartsPanel />
        </Suspense>
      );
    case 'saga-timeline':
      return <SagaTimelinePanel />;
    case 'queries':
      return <QueriesPanel />;
  }
}
