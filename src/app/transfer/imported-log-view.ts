import { describeError } from '../../core/reliability/describe-error';
import { hasErrorNamed } from '../../infra/store/storage-errors';
import type { KeptImportedLog } from '../../infra/transfer/imported-log-keeper';
import { MemoryLogSource } from '../../infra/transfer/memory-log-source';
import type { EventfoldState } from '../../state/eventfold-state';
import type { EventLogSource } from '../../state/log/event-log-source';
import type { TransferDeps } from './transfer-deps';

/** The notice that says an imported log from the last visit is shown again. */
export const reopenedNoticeKey = 'imported-log';

/**
 * Shows an imported log in the panels in place of the run's own: the engine pauses (an imported
 * log has no engine state) and the charts are rebuilt from it. The imported log is marked as
 * shown before its source is attached, so `followRunLog` never takes it for the run's log.
 */
export function showImportedLog(deps: TransferDeps, log: KeptImportedLog): MemoryLogSource {
  const state = deps.store.getState();
  state.pause();
  deps.transfer.getState().setImportedLog({ fileName: log.fileName, events: log.events.length });
  const source = new MemoryLogSource(log.events);
  showLog(state, source);
  return source;
}

/**
 * Keeps the run's own log source aside while an imported log is shown, and puts it back on a
 * new run (Run, Reset, a new scenario), which also drops the kept copy: the person left it.
 * Returns the unsubscribe.
 */
export function followRunLog(deps: TransferDeps): () => void {
  const { store, transfer } = deps;
  let runSource: EventLogSource | null = store.getState().logSource;
  return store.subscribe((state, previous) => {
    const imported = transfer.getState().importedLog !== null;
    if (!imported && state.logSource !== previous.logSource) runSource = state.logSource;
    // Asked for by the person (Run, Reset, a scenario opened...), not inferred from the run id:
    // the engine's first snapshot after a restore moves the id after the kept log is shown.
    const newRun = state.runRequests !== previous.runRequests;
    if (!imported || !newRun) return;
    transfer.getState().setImportedLog(null);
    state.dismissNoticeByKey(reopenedNoticeKey);
    // The models showed the imported log: rebuild them from the run's own (a Run continues it).
    showLog(state, runSource);
    void deps.keeper.discard().catch(() => {
      // Nothing to tell: a copy that could not be dropped is replaced by the next import or
      // dropped on the next new run.
    });
  });
}

/**
 * Shows `source` in the panels and rebuilds every model derived from the log from its first
 * position (the chart operations belong to the run and start over too).
 */
function showLog(state: EventfoldState, source: EventLogSource | null): void {
  state.attachLogSource(source);
  state.chartSeries.clearOperations();
  state.logFollower.replay();
}

/**
 * Keeps the shown imported log for the next visit; returns the sentence the import's result
 * dialog adds (kept, or why not: the log is still shown either way).
 */
export async function keepImportedLog(
  deps: TransferDeps,
  log: KeptImportedLog,
  controller: AbortController,
): Promise<string> {
  // The log is on show already; the progress dialog now tells the write (Cancel stops it).
  const jobs = deps.transfer.getState();
  jobs.startJob('import', `Keeping ${log.fileName} in this browser`, () => controller.abort());
  jobs.progress(0, log.events.length);
  try {
    await deps.keeper.keep(log, { onProgress: jobs.progress, signal: controller.signal });
    return 'It is kept in this browser: a reload shows it again until you Run or Reset.';
  } catch (error) {
    const why = hasErrorNamed(error, 'QuotaExceededError')
      ? "the browser's storage is full"
      : hasErrorNamed(error, 'TransferCancelledError')
        ? 'you cancelled keeping it'
        : describeError(error);
    return `It could not be kept for the next visit (${why}); it is shown until you Run, Reset or reload.`;
  }
}

/**
 * Shows again the imported log kept at the last visit, if there is one (after the workspace
 * was restored, so the run's own log source is the one set aside). An unreadable copy is
 * skipped: the run's log shows, as on any visit.
 */
export async function reopenKeptLog(deps: TransferDeps): Promise<boolean> {
  let kept: KeptImportedLog | null;
  try {
    kept = await deps.keeper.load();
  } catch {
    return false;
  }
  if (kept === null || kept.events.length === 0) return false;
  showImportedLog(deps, kept);
  const count = kept.events.length.toLocaleString('en');
  deps.store
    .getState()
    .showNotice(
      reopenedNoticeKey,
      'info',
      `The imported log ${kept.fileName} (${count} events) is shown again, as you left it. Run or Reset returns to the run's own log.`,
    );
  return true;
}
