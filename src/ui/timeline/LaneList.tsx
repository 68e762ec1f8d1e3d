import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useRef } from 'react';
import type { SagaBar, SagaLane } from '../../sim/analysis/saga-timeline';
import { SagaLaneRow } from './SagaLaneRow';
import type { TimeWindow } from './timeline-geometry';

/** Lane height in px (the tracks' geometry in timeline.css and CompensationLinks fits it). */
export const laneHeight = 48;

interface LaneListProps {
  lanes: readonly SagaLane[];
  range: TimeWindow;
  now: number;
  onOpen: (lane: SagaLane, bar: SagaBar) => void;
}

/** The lanes, virtualised: only the rows in view (plus a few) are in the DOM. */
export function LaneList({ lanes, range, now, onOpen }: LaneListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const idPrefix = useId();
  const virtualizer = useVirtualizer({
    count: lanes.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => laneHeight,
    overscan: 6,
    getItemKey: (index) => lanes[index]?.streamId ?? index,
  });
  return (
    <div ref={scrollRef} className="saga-lanes">
      <ul
        aria-label="Saga lanes"
        className="saga-lanes__canvas"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const lane = lanes[item.index];
          if (!lane) return null;
          return (
            <SagaLaneRow
              key={item.key}
              lane={lane}
              range={range}
              now={now}
              idPrefix={`${idPrefix}-${lane.streamId}`}
              position={item.index + 1}
              total={lanes.length}
              top={item.start}
              height={laneHeight}
              onOpen={onOpen}
            />
          );
        })}
      </ul>
    </div>
  );
}
