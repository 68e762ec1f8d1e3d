import { useEffect, useState } from 'react';
import { useEventfoldStore } from '../../state/store';

/** How many ids the suggestions offer. */
const suggestions = 12;

/** Order and user ids of the most recently placed orders (newest first), for input suggestions. */
export function useRecentIds(): { orderIds: string[]; userIds: string[] } {
  const recentEvents = useEventfoldStore((state) => state.recentEvents);
  const [ids, setIds] = useState(() => recentIds(recentEvents.list()));
  useEffect(() => {
    setIds(recentIds(recentEvents.list()));
    // Suggestions only need to be roughly current: refresh a couple of times a second at most.
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = recentEvents.subscribe(() => {
      timer ??= setTimeout(() => {
        timer = null;
        setIds(recentIds(recentEvents.list()));
      }, 500);
    });
    return () => {
      stop();
      if (timer) clearTimeout(timer);
    };
  }, [recentEvents]);
  return ids;
}

function recentIds(events: readonly { type: string; data: unknown }[]) {
  const orderIds: string[] = [];
  const userIds = new Set<string>();
  for (let index = events.length - 1; index >= 0 && orderIds.length < suggestions; index -= 1) {
    const event = events[index];
    if (event?.type !== 'order.placed') continue;
    const { orderId, userId } = event.data as { orderId: string; userId: string };
    orderIds.push(orderId);
    userIds.add(userId);
  }
  return { orderIds, userIds: [...userIds] };
}
