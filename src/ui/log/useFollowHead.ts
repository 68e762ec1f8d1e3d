import { type RefObject, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { LOG_ROW_HEIGHT } from './log-columns';

export interface FollowHead {
  /** True while the newest row is kept in view. */
  readonly following: boolean;
  readonly onScroll: () => void;
  /** Wheel up, a press on the grid (a row, the scrollbar): the user takes over. */
  readonly onWheel: (event: { deltaY: number }) => void;
  readonly onPointerDown: () => void;
  /** Keyboard moves up the log: stop following before the scroll even happens. */
  readonly stopFollowing: () => void;
  /** Back to the newest row, following again. */
  readonly follow: () => void;
}

/**
 * Keeps the newest row in view while the user is at the bottom (live tail), and leaves the
 * scroll position alone once they take over (wheel up, drag, click, keys) until they come back
 * to the bottom or ask to follow again.
 */
export function useFollowHead(
  scrollRef: RefObject<HTMLElement | null>,
  rowCount: number,
): FollowHead {
  // The tail is where the log opens: newest last, and new events come into view.
  const followingRef = useRef(true);
  const [following, setFollowingState] = useState(true);
  const lastTop = useRef(0);
  const setFollowing = useCallback((value: boolean) => {
    if (followingRef.current === value) return;
    followingRef.current = value;
    setFollowingState(value);
  }, []);

  // Intent events decide "stop": a scroll event may report our own jump to the end after more
  // rows arrived (so it looks short of the bottom) and must not count as leaving.
  const onScroll = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    const top = element.scrollTop;
    const fromBottom = element.scrollHeight - top - element.clientHeight;
    if (fromBottom <= LOG_ROW_HEIGHT) setFollowing(true);
    else if (top < lastTop.current) setFollowing(false);
    lastTop.current = top;
  }, [scrollRef, setFollowing]);

  const onWheel = useCallback(
    (event: { deltaY: number }) => {
      if (event.deltaY < 0) setFollowing(false);
    },
    [setFollowing],
  );
  const stopFollowing = useCallback(() => setFollowing(false), [setFollowing]);

  // Jumping to the end is one scrollTop write past the bottom (the browser clamps it). The
  // virtualizer's scrollToIndex re-measures the maximum scroll offset in a loop, which forced a
  // layout on every new batch of rows and cost whole frames while a run was live.
  // It is written again on the next frame: right after mounting, the spacer that gives the table
  // its full height may not be laid out yet, and the first write is clamped short of the end.
  const jumpToEnd = useCallback(() => {
    const write = () => {
      const element = scrollRef.current;
      if (element && followingRef.current) element.scrollTop = (rowCount + 10) * LOG_ROW_HEIGHT;
    };
    write();
    requestAnimationFrame(write);
  }, [scrollRef, rowCount]);

  const follow = useCallback(() => {
    setFollowing(true);
    if (rowCount > 0) jumpToEnd();
  }, [setFollowing, jumpToEnd, rowCount]);

  useLayoutEffect(() => {
    if (followingRef.current && rowCount > 0) jumpToEnd();
  }, [jumpToEnd, rowCount]);

  return { following, onScroll, onWheel, onPointerDown: stopFollowing, stopFollowing, follow };
}
