import { forwardBarOf, type SagaBar, type SagaLane } from '../../sim/analysis/saga-timeline';
import type { CompensationLink } from './CompensationLinks';
import { type BarSpan, barSpan, type TimeWindow } from './timeline-geometry';

/** A bar with its place in the range and, for a compensation, the forward bar it undoes. */
export interface PlacedBar {
  readonly bar: SagaBar;
  readonly index: number;
  readonly span: BarSpan;
  /** Index (in lane.bars) of the forward bar this compensation undoes. */
  readonly undoesIndex: number | undefined;
}

/** Everything one lane draws for a range. */
export interface LaneLayout {
  readonly forward: readonly PlacedBar[];
  readonly undo: readonly PlacedBar[];
  readonly links: readonly CompensationLink[];
  /** Steps the saga has not reached yet (drawn in the "next steps" column). */
  readonly notReached: readonly SagaBar[];
}

/** Places a lane's bars in the range; `pointed` is the compensation hovered or focused. */
export function laneLayout(
  lane: SagaLane,
  range: TimeWindow,
  now: number,
  pointed: SagaBar | null,
): LaneLayout {
  const forward: PlacedBar[] = [];
  const undo: PlacedBar[] = [];
  const links: CompensationLink[] = [];
  const notReached: SagaBar[] = [];
  lane.bars.forEach((bar, index) => {
    if (bar.start === null && bar.end === null) {
      notReached.push(bar);
      return;
    }
    const span = barSpan(bar, range, now);
    const undone = forwardBarOf(lane, bar);
    const undoesIndex = undone === null ? undefined : lane.bars.indexOf(undone);
    if (span === null) return;
    const placed = { bar, index, span, undoesIndex };
    (bar.track === 'forward' ? forward : undo).push(placed);
    if (undone === null) return;
    const undoneSpan = barSpan(undone, range, now);
    const forwardX = undoneSpan === null ? 0 : undoneSpan.left + undoneSpan.width / 2;
    links.push({ key: `${index}`, forwardX, compensation: span, active: pointed === bar });
  });
  return { forward, undo, links, notReached };
}
