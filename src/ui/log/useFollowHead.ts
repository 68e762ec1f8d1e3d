import type { Virtualizer } from '@tanstack/react-virtual';
import { type RefObject, useCallback, useLayoutEffect, useRef } from 'react';
import { LOG_ROW_HEIGHT } from './log-columns';

/**
 * Keeps the newest row in view while the user is at the bottom (live tail), and leaves the
 * scroll position alone once they have scrolled up. Returns the scroll handler to attach.
 */
export function useFollowHead(
  scrollRef: RefObject<HTMLTableElement | null>,
  virtualizer: Virtualizer<HTMLTableElement, Element>,
  rowCount: number,
): () => void {
  // The tail is where the log opens: newest last, and new events come into view.
  const following = useRef(true);

  const onScroll = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    const fromBottom = element.scrollHeight - element.scrollTop - element.clientHeight;
    following.current = fromBottom <= LOG_ROW_HEIGHT;
  }, [scrollRef]);

  useLayoutEffect(() => {
    if (following.current && rowCount > 0) {
      virtualizer.scrollToIndex(rowCount - 1, { align: 'end' });
    }
  }, [virtualizer, rowCount]);

  return onScroll;
}
