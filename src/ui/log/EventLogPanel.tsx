import './event-log.css';
import './log-side.css';
import './canvas-highlight.css';
import { useEventfoldStore } from '../../state/store';
import { bottomTabs } from '../panel/bottom-tabs';
import { EmptyState } from '../shared/EmptyState';
import { EventLogWorkspace } from './EventLogWorkspace';

const tab = bottomTabs.find((candidate) => candidate.id === 'event-log')!;

/** The "Event log" tab: the stored log once one is attached, an honest empty state before. */
export function EventLogPanel() {
  const source = useEventfoldStore((state) => state.logSource);
  if (!source) return <EmptyState title={tab.emptyTitle} hint={tab.emptyHint} />;
  return (
    <EventLogWorkspace source={source} emptyTitle={tab.emptyTitle} emptyHint={tab.emptyHint} />
  );
}
