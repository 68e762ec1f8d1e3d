import { useCallback, useSyncExternalStore } from 'react';
import type { SagaTimelineFeed, SagaTimelineState } from '../../state/timeline/saga-timeline-feed';

/**
 * The feed's current state, re-read at most once per animation frame: a run at full speed
 * changes lanes on every engine batch, and the timeline only needs to keep up with the eye.
 */
export function useTimelineState(feed: SagaTimelineFeed): SagaTimelineState {
  const subscribe = useCallback(
    (notify: () => void) => {
      let frame: number | null = null;
      const unsubscribe = feed.subscribe(() => {
        frame ??= requestAnimationFrame(() => {
          frame = null;
          notify();
        });
      });
      return () => {
        unsubscribe();
        if (frame !== null) cancelAnimationFrame(frame);
      };
    },
    [feed],
  );
  return useSyncExternalStore(subscribe, () => feed.state);
}
