import type { Virtualizer } from '@tanstack/react-virtual';
import { type RefObject, useCallback, useLayoutEffect, useRef } from 'react';
import { LOG_ROW_HEIGHT } from './log-columns';

/**
 * Keeps the newest row in view while the user is at the bottom (live tail), and leaves the
 * scroll position alone once they have scrolled up (until they come back to the bottom).
 * Returns the scroll handler to attach.
 */
export function useFollowHead(
  scrollRef: RefObject<HTMLTableElement | null>,
  virtualizer: Virtualizer<HTMLTableElement, Element>,
  rowCount: number,
): () => void {
  // The tail is where the log opens: newest last, and new events come into view.
  const following = useRef(true);
  const lastTop = useRef(0);

  // Only moving up stops following: a scroll event can report our own jump to the end after
  // more rows arrived (so it looks short of the bottom), and that must not count as leaving.
  const onScroll = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    const top = element.scrollTop;
    const fromBottom = element.scrollHeight - top - element.clientHeight;
    if (fromBottom <= LOG_ROW_HEIGHT) following.current = true;
    else if (top < lastTop.current) following.current = false;
    lastTop.current = top;
  }, [scrollRef]);

  useLayoutEffect(() => {
    if (following.current && rowCount > 0) {
      virtualizer.scrollToIndex(rowCount - 1, { align: 'end' });
    }
  }, [virtualizer, rowCount]);

  return onScroll;
}
