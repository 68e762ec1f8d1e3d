import type { StoredEvent } from '../../src/core/messages/event';
import type { ThrottleClock } from '../../src/state/charts/throttle';
import { type HistoryEntry, storedHistory } from './stored-history';

/** A ThrottleClock the test moves by hand: timers fire when `advance` passes their time. */
export class ManualClock implements ThrottleClock {
  private nowMs = 0;
  private timers: { at: number; callback: () => void }[] = [];

  now(): number {
    return this.nowMs;
  }

  setTimer(callback: () => void, delayMs: number): () => void {
    const timer = { at: this.nowMs + delayMs, callback };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((candidate) => candidate !== timer);
    };
  }

  /** Moves wall time on by `ms`, firing every timer that falls due, in time order. */
  advance(ms: number): void {
    const until = this.nowMs + ms;
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.nowMs = due.at;
      due.callback();
    }
    this.nowMs = until;
  }
}

// Built as plain objects: HistoryEntry types only the orderId every order event carries.
const placed = (orderId: string, total: number, time: number): HistoryEntry => ({
  event: {
    type: 'order.placed',
    data: {
      orderId,
      userId: 'u-1',
      items: [{ sku: 'SKU-1', quantity: 1, unitPrice: total }],
      total,
    },
  } as HistoryEntry['event'],
  time,
});
const moved = (type: string, orderId: string, time: number): HistoryEntry => ({
  event: {
    type,
    data: { orderId, reason: 'payment failed', trackingNumber: null },
  } as HistoryEntry['event'],
  time,
});

/**
 * Four orders over 4 virtual seconds: o-1 ($10.00) delivered, o-2 ($25.00) confirmed,
 * o-3 ($40.00) cancelled, o-4 ($5.00) pending. Revenue $40.00 over 3 orders not cancelled
 * (average $13.33); 1 of 4 cancelled (25.0%).
 */
export function knownOrderEvents(): StoredEvent[] {
  return storedHistory([
    placed('o-1', 1000, 100),
    placed('o-2', 2500, 600),
    moved('order.confirmed', 'o-1', 1100),
    placed('o-3', 4000, 1600),
    moved('order.shipped', 'o-1', 2100),
    moved('order.confirmed', 'o-2', 2600),
    moved('order.cancelled', 'o-3', 3100),
    moved('order.delivered', 'o-1', 3600),
    placed('o-4', 500, 4000),
  ]);
}

/** `count` orders placed 10 virtual ms apart (positions 1..count), each for $10.00. */
export function placedOrders(count: number, firstPosition = 1): StoredEvent[] {
  const entries: HistoryEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    const number = firstPosition + index;
    entries.push(placed(`o-${number}`, 1000, number * 10));
  }
  return storedHistory(entries, firstPosition);
}
