import { useEffect, useRef } from 'react';
import type { EventLogView } from '../../state/log/event-log-view';

/** A render that moves the visible rows further than this is a fling or a scrollbar drag. */
const FAST_SCROLL_ROWS = 200;
/** Rows that flew past are not read; the ones the scroll stops on are, after this pause. */
const SETTLE_MS = 60;
/** Rows read ahead on either side, so a steady scroll meets its next page already read. */
const READ_AHEAD_ROWS = 150;

/**
 * Asks the view for the visible rows' events. While the range moves by more than a page's worth
 * per render, reads wait until it settles: each one would land after its rows had scrolled away
 * (and cost main-thread time to deserialise), so placeholders show until the scroll stops.
 */
export function useRowRequests(view: EventLogView, first: number, last: number, head: number) {
  const previousFirst = useRef(first);
  useEffect(() => {
    if (last < first || head === 0) return;
    const jump = Math.abs(first - previousFirst.current);
    previousFirst.current = first;
    if (jump <= FAST_SCROLL_ROWS) {
      view.requestRows(Math.max(0, first - READ_AHEAD_ROWS), last + READ_AHEAD_ROWS);
      return;
    }
    const timer = setTimeout(() => view.requestRows(first, last), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [view, first, last, head]);
}
