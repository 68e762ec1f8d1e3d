import type { EngineHost, HostSnapshot } from '../../sim/host/engine-host';
import type { EventArchive } from './persistence-ports';

/** The part of the archive the recorder writes to. */
export type RunSink = Pick<EventArchive, 'append' | 'reset' | 'continueRun'>;

export interface RunRecorder {
  /** The next run the engine reports is the saved one rebuilt: reconcile it, do not clear. */
  expectRestoredRun(): void;
  /** The latest snapshot of a loaded run (null until one arrives). */
  readonly latest: HostSnapshot | null;
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
  let latest: HostSnapshot | null = null;

  const unsubscribe = engine.subscribe((snapshot) => {
    if (snapshot.status === 'empty') return;
    latest = snapshot;
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
    get latest() {
      return latest;
    },
    get runId() {
      return runId;
    },
    stop: unsubscribe,
  };
}
