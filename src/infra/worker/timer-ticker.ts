import type { Ticker } from '../../sim/host/engine-host';

/**
 * Ticks from timers, for a worker (which has no animation frames): about one tick per display
 * frame, reading the monotonic clock. The engine itself never sees a timer.
 */
export function timerTicker(intervalMs = 16): Ticker {
  return {
    requestTick(callback) {
      const handle = setTimeout(() => callback(performance.now()), intervalMs);
      return () => clearTimeout(handle);
    },
  };
}
