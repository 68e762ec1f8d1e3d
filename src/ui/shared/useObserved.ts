import { useCallback, useSyncExternalStore } from 'react';
import type { Observed } from '../../state/log/observed';

/**
 * The one way views read a model derived from the log (chart series, saga timeline, invariant
 * warnings): its current snapshot, re-read when it changes. With `perFrame`, change notices are
 * gathered into one re-render per animation frame: a run at full speed changes the timeline's
 * lanes on every engine batch, and a view only needs to keep up with the eye.
 */
export function useObserved<T>(model: Observed<T>, options: { perFrame?: boolean } = {}): T {
  const perFrame = options.perFrame ?? false;
  const subscribe = useCallback(
    (notify: () => void) => {
      if (!perFrame) return model.subscribe(notify);
      let frame: number | null = null;
      const unsubscribe = model.subscribe(() => {
        frame ??= requestAnimationFrame(() => {
          frame = null;
          notify();
        });
      });
      return () => {
        unsubscribe();
        if (frame !== null) cancelAnimationFrame(frame);
      };
    },
    [model, perFrame],
  );
  return useSyncExternalStore(subscribe, () => model.snapshot);
}
