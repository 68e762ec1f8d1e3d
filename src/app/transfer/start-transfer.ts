import type { StoreApi } from 'zustand';
import { downloadFile } from '../../infra/transfer/download-file';
import { IndexedDbImportedLogKeeper } from '../../infra/transfer/imported-log-keeper';
import { parseFileInWorker } from '../../infra/worker/worker-import-parser';
import { SHARE_FRAGMENT_KEY } from '../../sim/import/share-fragment';
import type { EventfoldState } from '../../state/eventfold-state';
import { useTransferStore } from '../../state/transfer/transfer-store';
import { importFile } from './import-action';
import { followRunLog, reopenKeptLog } from './imported-log-view';
import type { TransferDeps } from './transfer-deps';

const exports = () => import('./export-actions');

export interface TransferWiring {
  /** Shows again the imported log kept at the last visit; call once the restore is done. */
  readonly reopenKeptLog: () => Promise<boolean>;
  /**
   * Opens share links: the one the page was opened with, then each one pasted into this open
   * tab (only the fragment changes, so there is no reload). Call once the restore is done;
   * `restored` says whether a saved workspace was brought back.
   */
  readonly followShareLinks: (restored: boolean) => void;
  readonly dispose: () => void;
}

/**
 * Wires Export/Import (call once from main.tsx, after bootstrap). Keeps the run's own log
 * source aside while an imported log is shown, and puts it back on a new run.
 */
export function startTransfer(store: StoreApi<EventfoldState>): TransferWiring {
  const deps: TransferDeps = {
    store,
    transfer: useTransferStore,
    download: downloadFile,
    parseFile: parseFileInWorker,
    writeClipboard: (text) => navigator.clipboard.writeText(text),
    pageUrl: () => `${location.origin}${location.pathname}${location.search}`,
    keeper: new IndexedDbImportedLogKeeper(),
    confirm: (question) => window.confirm(question),
  };
  const openLink = (askFirst: boolean) => openShareLink(deps, askFirst);
  const onHashChange = () => void openLink(true);
  const unsubscribe = followRunLog(deps);
  useTransferStore.getState().attachActions({
    // The export code (writers, scenario file, share link encoding) loads on first use.
    exportLog: async (format, scope) => (await exports()).exportLog(deps, format, scope),
    exportScenario: async () => (await exports()).exportScenario(deps),
    exportCanvas: async (kind) => (await exports()).exportCanvas(deps, kind),
    exportChartData: () => void exports().then((actions) => actions.exportChartData(deps)),
    copyShareLink: async () => (await exports()).copyShareLink(deps),
    importFile: (file) => importFile(deps, file),
  });
  return {
    reopenKeptLog: () => reopenKeptLog(deps),
    followShareLinks: (restored) => {
      // At start-up a fresh profile shows the example, nobody's work: the link opens without
      // a question. A link pasted later asks whenever work would be lost.
      void openLink(restored);
      window.addEventListener('hashchange', onHashChange);
    },
    dispose: () => {
      window.removeEventListener('hashchange', onHashChange);
      unsubscribe();
      useTransferStore.getState().attachActions(null);
    },
  };
}

/**
 * Opens the scenario of a share link (`#scenario=...`) when the address holds one, asking first
 * when `askFirst`. The decoding and validation code loads only when a link is opened.
 */
async function openShareLink(deps: TransferDeps, askFirst: boolean): Promise<void> {
  if (!location.hash.startsWith(`#${SHARE_FRAGMENT_KEY}=`)) return;
  const { openSharedScenario } = await import('./open-shared-scenario');
  await openSharedScenario(deps, askFirst);
}
