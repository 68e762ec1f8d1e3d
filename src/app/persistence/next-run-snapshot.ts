import type { EngineHost, HostSnapshot } from '../../sim/host/engine-host';

/**
 * Resolves with the engine's first snapshot of a loaded run other than `previousRunId`, or of
 * a failed command (a restore that could not rebuild reports an error), or null on timeout.
 */
export function nextRunSnapshot(
  engine: EngineHost,
  previousRunId: number | null,
  timeoutMs = 60_000,
): Promise<HostSnapshot | null> {
  return new Promise((resolve) => {
    let done = false;
    let unsubscribe: (() => void) | undefined;
    const finish = (snapshot: HostSnapshot | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      // A worker host calls back inside subscribe(), before it has returned the unsubscribe.
      queueMicrotask(() => unsubscribe?.());
      resolve(snapshot);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    unsubscribe = engine.subscribe((snapshot) => {
      const newRun = snapshot.status !== 'empty' && snapshot.runId !== previousRunId;
      if (newRun || snapshot.error !== null) finish(snapshot);
    });
  });
}
