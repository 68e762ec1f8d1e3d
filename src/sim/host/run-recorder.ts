import type { StoredEvent } from '../../core/messages/event';
import type { EngineHost } from './engine-host';

/** Where a recorder writes the engine's log (the event archive, on the page or in the worker). */
export interface RunSink {
  /** The current run's next events, in position order. */
  append(events: readonly StoredEvent[]): void;
  /** A new run starts: what was written of the old one goes. */
  reset(): void;
  /** The engine rebuilt the stored run: `events` is its whole log from position 1. */
  continueRun(events: readonly StoredEvent[]): void;
}

export interface RunRecorder {
  /** The next run the engine reports is the saved one rebuilt: reconcile it, do not clear. */
  expectRestoredRun(): void;
  /** The run whose events the archive is being fed (null before the first). */
  readonly runId: number | null;
  stop(): void;
}

/**
 * Feeds the archive from the engine's snapshots: each snapshot's `newEvents` are appended in
 * order; a new run (another runId, or a log that shrank) resets the archive first. Snapshots of
 * an empty host are ignored, so a page that is still restoring never clears the saved log.
 * Positions are not checked here: the archive refuses a gap and reports it.
 */
export function recordRun(engine: EngineHost, archive: RunSink): RunRecorder {
  let runId: number | null = null;
  let lastPosition = 0;
  let restoring = false;

  const unsubscribe = engine.subscribe((snapshot) => {
    if (snapshot.status === 'empty') return;
    const { events } = snapshot.newEvents;
    if (snapshot.runId !== runId || snapshot.events < lastPosition) {
      runId = snapshot.runId;
      if (restoring) {
        restoring = false;
        archive.continueRun(events);
      } else {
        archive.reset();
        if (events.length > 0) archive.append(events);
      }
    } else if (events.length > 0) {
      archive.append(events);
    }
    lastPosition = snapshot.events;
  });

  return {
    expectRestoredRun: () => {
      restoring = true;
    },
    get runId() {
      return runId;
    },
    stop: unsubscribe,
  };
}
