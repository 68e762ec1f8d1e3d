import { bottomTabs } from '../panel/bottom-tabs';
import { EmptyState } from '../shared/EmptyState';

const tab = bottomTabs.find((candidate) => candidate.id === 'event-log')!;

/** The "event-log" tab's content (being built: shows the tab's empty state for now). */
export function EventLogPanel() {
  return <EmptyState title={tab.emptyTitle} hint={tab.emptyHint} />;
}
