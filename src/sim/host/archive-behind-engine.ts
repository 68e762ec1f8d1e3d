import { deferredSink } from './deferred-sink';
import type { EngineHost } from './engine-host';
import { type RunSink, recordRun } from './run-recorder';

/** An archive the engine's log is written into, as far as the writing side needs it. */
export interface ArchiveTarget extends RunSink {
  /** Called with the last committed position whenever a batch lands (or a new run clears). */
  onDurablePositionChange(listener: (position: number) => void): () => void;
}

export interface ArchiveBehindEngine {
  /** The archive opened (or could not be: null drops the run's events instead of keeping them). */
  attach(archive: ArchiveTarget | null): void;
  /** The next run the engine reports is the saved one rebuilt: reconcile it, do not clear. */
  expectRestoredRun(): void;
  stop(): void;
}

/**
 * Writes the engine's log into an archive and tells the engine how far it is saved (the
 * acknowledgements its window of unsaved events waits for). It subscribes at once, because a
 * snapshot's new events are handed out only once, while IndexedDB opens asynchronously: until
 * `attach`, what arrives is kept in order. In the app it runs in the engine's worker, beside
 * the engine, so that neither the events nor the acknowledgements cross to the page.
 */
export function archiveBehindEngine(engine: EngineHost): ArchiveBehindEngine {
  const sink = deferredSink();
  const recorder = recordRun(engine, sink);
  let detach = () => {};
  return {
    attach(archive) {
      sink.attach(archive);
      if (!archive) return;
      detach = archive.onDurablePositionChange((position) => {
        if (recorder.runId !== null) engine.acknowledgeSaved(recorder.runId, position);
      });
    },
    expectRestoredRun: () => recorder.expectRestoredRun(),
    stop() {
      detach();
      recorder.stop();
    },
  };
}
