import type { RunSink } from './run-recorder';

export interface DeferredSink extends RunSink {
  /** Replays what arrived so far into `archive` (or drops it when storage is unavailable). */
  attach(archive: RunSink | null): void;
}

/**
 * A run sink usable before the archive has opened: the recorder must subscribe to the engine at
 * once (a snapshot's new events are handed out only once), while IndexedDB opens asynchronously.
 * Calls are kept in order and replayed when the archive is attached.
 */
export function deferredSink(): DeferredSink {
  let target: RunSink | null | undefined;
  let buffered: Array<(sink: RunSink) => void> = [];
  const forward = (call: (sink: RunSink) => void) => {
    if (target === undefined) buffered.push(call);
    else if (target !== null) call(target);
  };
  return {
    append: (events) => forward((sink) => sink.append(events)),
    reset: () => forward((sink) => sink.reset()),
    continueRun: (events) => forward((sink) => sink.continueRun(events)),
    attach: (archive) => {
      target = archive;
      const calls = buffered;
      buffered = [];
      if (archive) for (const call of calls) call(archive);
    },
  };
}
