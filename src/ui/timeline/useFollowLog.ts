import { useEffect } from 'react';
import type { RecentEvents } from '../../state/live/recent-events';
import type { EventLogSource } from '../../state/log/event-log-source';
import { useEventfoldStore } from '../../state/store';

/** What a log-following analysis model offers (the saga timeline, the invariant checker). */
export interface LogFollower {
  follow(buffer: RecentEvents, source: EventLogSource | null): () => void;
  noteRun(runId: number): void;
}

/**
 * Keeps `follower` fed while the calling component is mounted: live events as they arrive,
 * catch-up from the stored log for what it missed, and a fresh start on a new run.
 */
export function useFollowLog(follower: LogFollower): void {
  const recentEvents = useEventfoldStore((state) => state.recentEvents);
  const logSource = useEventfoldStore((state) => state.logSource);
  const runId = useEventfoldStore((state) => state.runId);

  useEffect(() => follower.follow(recentEvents, logSource), [follower, recentEvents, logSource]);
  useEffect(() => follower.noteRun(runId), [follower, runId]);
}
