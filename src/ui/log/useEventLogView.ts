import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { EventFilter } from '../../sim/analysis/event-filter';
import type { EventLogSource } from '../../state/log/event-log-source';
import { EventLogView, type EventLogViewState } from '../../state/log/event-log-view';

/** The log follows a live run's head 4 times a second (see EventLogViewOptions.headIntervalMs). */
export const liveHeadIntervalMs = 250;

/**
 * An EventLogView over `source`, following its head, showing `filter`, and starting over when
 * the run changes. Re-renders with each published state (at most one per microtask).
 */
export function useEventLogView(
  source: EventLogSource,
  filter: EventFilter,
  runId: number,
): { view: EventLogView; state: EventLogViewState } {
  const view = useMemo(
    () => new EventLogView(source, { headIntervalMs: liveHeadIntervalMs }),
    [source],
  );
  useEffect(() => view.start(), [view]);
  useEffect(() => view.setFilter(filter), [view, filter]);

  const seenRunId = useRef(runId);
  useEffect(() => {
    if (seenRunId.current === runId) return;
    seenRunId.current = runId;
    view.restart();
  }, [view, runId]);

  const subscribe = useCallback((listener: () => void) => view.subscribe(listener), [view]);
  const state = useSyncExternalStore(subscribe, () => view.state);
  return { view, state };
}
