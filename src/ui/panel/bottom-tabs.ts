import type { BottomTabId } from '../../state/ui/bottom-tabs';

export interface BottomTab {
  id: BottomTabId;
  label: string;
  emptyTitle: string;
  emptyHint: string;
}

/** The bottom panel's tabs with their names and what they say before a run has data. */
export const bottomTabs: readonly BottomTab[] = [
  {
    id: 'event-log',
    label: 'Event log',
    emptyTitle: 'No events yet — press Run',
    emptyHint: 'Every stored event appears here, newest last, with its stream and correlation.',
  },
  {
    id: 'charts',
    label: 'Charts',
    emptyTitle: 'Nothing to chart yet',
    emptyHint:
      'Order statistics and throughput, latency and lag fill in while a run produces events.',
  },
  {
    id: 'saga-timeline',
    label: 'Saga timeline',
    emptyTitle: 'No sagas have started',
    emptyHint: 'Each order saga gets a lane with its steps, retries and compensations.',
  },
  {
    id: 'queries',
    label: 'Queries',
    emptyTitle: 'No queries yet',
    emptyHint: 'Reads served by the Query API, and how many of them were stale, show up here.',
  },
];
