import './timeline.css';
import './timeline-toolbar.css';
import { useCallback, useMemo } from 'react';
import {
  laneCounts,
  laneMatches,
  type SagaBar,
  type SagaLane,
} from '../../sim/analysis/saga-timeline';
import { selectVirtualTimeMs } from '../../state/selectors';
import { useEventfoldStore } from '../../state/store';
import { barLogFilter } from '../../state/timeline/log-focus';
import { bottomTabs } from '../panel/bottom-tabs';
import { EmptyState } from '../shared/EmptyState';
import { useObserved } from '../shared/useObserved';
import { LaneFilterControl } from './LaneFilterControl';
import { LaneList } from './LaneList';
import { TimeAxis } from './TimeAxis';
import { TimelineLegend } from './TimelineLegend';
import { TimelineNotes } from './TimelineNotes';
import { activeIn, lanesExtent, timeWindow } from './timeline-geometry';
import { ZoomSelect } from './ZoomSelect';

const tab = bottomTabs.find((candidate) => candidate.id === 'saga-timeline')!;

/** The "saga-timeline" tab: a lane per saga instance with its step attempts on virtual time. */
export function SagaTimelinePanel() {
  const feed = useEventfoldStore((state) => state.sagaTimeline);
  const follower = useEventfoldStore((state) => state.logFollower);
  const filter = useEventfoldStore((state) => state.sagaLaneFilter);
  const zoom = useEventfoldStore((state) => state.sagaTimelineZoom);
  const setFilter = useEventfoldStore((state) => state.setSagaLaneFilter);
  const setZoom = useEventfoldStore((state) => state.setSagaTimelineZoom);
  const showInEventLog = useEventfoldStore((state) => state.showInEventLog);
  const now = useEventfoldStore(selectVirtualTimeMs);
  const state = useObserved(feed, { perFrame: true });

  const all = useMemo(() => state.timeline.lanes('all'), [state]);
  const counts = useMemo(() => laneCounts(all), [all]);
  const shown = useMemo(
    () => (filter === 'all' ? all : all.filter((lane) => laneMatches(lane, filter))),
    [all, filter],
  );
  const extent = useMemo(() => lanesExtent(all), [all]);
  const range = timeWindow(extent, now, zoom);
  // Following the last seconds shows the sagas active in them, not empty rows of older ones.
  const listed = zoom.kind === 'follow' ? shown.filter((lane) => activeIn(lane, range)) : shown;
  const onOpen = useCallback(
    (lane: SagaLane, bar: SagaBar) => showInEventLog(barLogFilter(lane, bar)),
    [showInEventLog],
  );

  if (all.length === 0) {
    return <EmptyState title={tab.emptyTitle} hint={tab.emptyHint} />;
  }
  return (
    <div className="saga-timeline">
      <div className="saga-timeline__toolbar">
        <LaneFilterControl value={filter} counts={counts} onChange={setFilter} />
        <ZoomSelect value={zoom} onChange={setZoom} />
        <TimelineLegend />
      </div>
      <TimelineNotes
        follower={follower}
        forgotten={state.timeline.forgottenLanes}
        followed={zoom.kind === 'follow' ? { seconds: zoom.seconds, lanes: listed.length } : null}
      />
      <TimeAxis range={range} />
      {listed.length === 0 ? (
        <p className="saga-timeline__none">
          No {filter === 'all' ? '' : `${filter} `}sagas
          {zoom.kind === 'follow' ? ` in the last ${zoom.seconds} s.` : ' in this run.'}
        </p>
      ) : (
        <LaneList lanes={listed} range={range} now={now} onOpen={onOpen} />
      )}
    </div>
  );
}
