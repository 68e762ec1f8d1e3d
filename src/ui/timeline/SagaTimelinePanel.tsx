import { bottomTabs } from '../panel/bottom-tabs';
import { EmptyState } from '../shared/EmptyState';

const tab = bottomTabs.find((candidate) => candidate.id === 'saga-timeline')!;

/** The "saga-timeline" tab's content (being built: shows the tab's empty state for now). */
export function SagaTimelinePanel() {
  return <EmptyState title={tab.emptyTitle} hint={tab.emptyHint} />;
}
