import type { StoreApi } from 'zustand';
import { downloadFile } from '../../infra/transfer/download-file';
import { parseFileInWorker } from '../../infra/worker/worker-import-parser';
import { parseImportText } from '../../sim/import/parse-import';
import { decodeShareFragment } from '../../sim/import/share-fragment';
import type { EventfoldState } from '../../state/eventfold-state';
import type { EventLogSource } from '../../state/log/event-log-source';
import { useTransferStore } from '../../state/transfer/transfer-store';
import {
  copyShareLink,
  exportCanvas,
  exportChartData,
  exportLog,
  exportScenario,
} from './export-actions';
import { importFile } from './import-action';
import { browserShareCodec } from './share-codec';
import type { TransferDeps } from './transfer-deps';

/**
 * Wires Export/Import (call once from main.tsx, after bootstrap). Returns a disposer. Keeps the
 * run's own log source aside while an imported log is shown, and puts it back on a new run.
 */
export function startTransfer(store: StoreApi<EventfoldState>): () => void {
  const deps: TransferDeps = {
    store,
    transfer: useTransferStore,
    download: downloadFile,
    parseFile: parseFileInWorker,
    writeClipboard: (text) => navigator.clipboard.writeText(text),
    pageUrl: () => `${location.origin}${location.pathname}${location.search}`,
  };
  let runSource: EventLogSource | null = store.getState().logSource;
  const unsubscribe = store.subscribe((state, previous) => {
    const imported = useTransferStore.getState().importedLog !== null;
    if (!imported && state.logSource !== previous.logSource) runSource = state.logSource;
    // A new run (Run, Reset, a new scenario) leaves the imported log: show the run's own again.
    const newRun =
      state.runId !== previous.runId ||
      (state.status === 'running' && previous.status !== 'running');
    if (imported && newRun) {
      useTransferStore.getState().setImportedLog(null);
      state.attachLogSource(runSource);
      // The charts showed the imported log: rebuild them from the run's own (a Run continues it).
      if (runSource) void state.chartSeries.replayLog(runSource);
    }
  });
  useTransferStore.getState().attachActions({
    exportLog: (format, scope) => exportLog(deps, format, scope),
    exportScenario: () => exportScenario(deps),
    exportCanvas: (kind) => exportCanvas(deps, kind),
    exportChartData: () => exportChartData(deps),
    copyShareLink: () => copyShareLink(deps),
    importFile: (file) => importFile(deps, file),
  });
  return () => {
    unsubscribe();
    useTransferStore.getState().attachActions(null);
  };
}

/**
 * Opens the scenario of a share link (`#scenario=...`), asking first when `askFirst` (a saved
 * workspace was restored, so opening the link would replace the person's work).
 */
export async function openShareLink(
  store: StoreApi<EventfoldState>,
  askFirst: boolean,
  confirm: (question: string) => boolean = (question) => window.confirm(question),
): Promise<void> {
  const report = (message: string) =>
    useTransferStore
      .getState()
      .finishJob({ title: 'Share link not opened', tone: 'error', message });
  let text: string | null;
  try {
    text = await decodeShareFragment(location.hash, browserShareCodec);
  } catch (error) {
    return report((error as Error).message);
  }
  if (text === null) return;
  const parsed = parseImportText(text);
  if (!parsed.ok || parsed.kind !== 'scenario') {
    return report(parsed.ok ? 'the link does not hold a scenario' : parsed.message);
  }
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  if (
    askFirst &&
    !confirm(`Open the shared scenario "${parsed.scenario.name}"? It replaces the current canvas.`)
  )
    return;
  store.getState().openScenario(parsed.scenario);
}
