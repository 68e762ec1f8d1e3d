import type { Ticker } from '../sim/host/engine-host';

/** Display frames from requestAnimationFrame, with its high-resolution timestamp. */
export function animationFrames(): Ticker {
  return {
    requestTick(callback) {
      const handle = requestAnimationFrame(callback);
      return () => cancelAnimationFrame(handle);
    },
  };
}
