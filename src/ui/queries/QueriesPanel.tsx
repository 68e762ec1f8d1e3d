import { bottomTabs } from '../panel/bottom-tabs';
import { EmptyState } from '../shared/EmptyState';

const tab = bottomTabs.find((candidate) => candidate.id === 'queries')!;

/** The "queries" tab's content (being built: shows the tab's empty state for now). */
export function QueriesPanel() {
  return <EmptyState title={tab.emptyTitle} hint={tab.emptyHint} />;
}
