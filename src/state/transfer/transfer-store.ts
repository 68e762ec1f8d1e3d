import { create } from 'zustand';
import type { LogFormat } from '../../sim/export/log-formats';

/** An export or import in progress (the progress dialog shows it). */
export interface TransferJob {
  readonly kind: 'export' | 'import';
  readonly label: string;
  readonly done: number;
  readonly total: number;
}

/** What a finished transfer tells the person (the result dialog). */
export interface TransferResult {
  readonly title: string;
  readonly message: string;
  readonly tone: 'info' | 'error';
}

/** Which part of the log a log export writes. */
export type LogScope = 'all' | 'filtered';

/** The file operations, implemented by the composition root (src/app/transfer). */
export interface TransferActions {
  exportLog(format: LogFormat, scope: LogScope): Promise<void>;
  exportScenario(): Promise<void>;
  exportCanvas(kind: 'png' | 'svg'): Promise<void>;
  /** The Charts tab's series as CSV. */
  exportChartData(): void;
  copyShareLink(): Promise<void>;
  importFile(file: File): Promise<void>;
}

export interface TransferState {
  actions: TransferActions | null;
  job: TransferJob | null;
  result: TransferResult | null;
  /** Set while the stored log is an imported one (the engine is paused, not replaying it). */
  importedLog: { readonly fileName: string; readonly events: number } | null;
  /** Export's "Only what the Event log filter shows": log exports write the filtered events. */
  exportFilteredOnly: boolean;
  attachActions: (actions: TransferActions | null) => void;
  startJob: (kind: TransferJob['kind'], label: string, cancel: () => void) => void;
  progress: (done: number, total: number) => void;
  finishJob: (result: TransferResult | null) => void;
  cancelJob: () => void;
  dismissResult: () => void;
  setImportedLog: (log: TransferState['importedLog']) => void;
  toggleExportFilteredOnly: () => void;
}

let cancelCurrent: (() => void) | null = null;

/**
 * The transfer jobs' own small store: progress updates arrive per page and must not re-render
 * the canvas or panels that subscribe to the main store.
 */
export const useTransferStore = create<TransferState>()((set) => ({
  actions: null,
  job: null,
  result: null,
  importedLog: null,
  exportFilteredOnly: false,
  attachActions: (actions) => set({ actions }),
  startJob: (kind, label, cancel) => {
    cancelCurrent = cancel;
    set({ job: { kind, label, done: 0, total: 0 }, result: null });
  },
  progress: (done, total) =>
    set((state) => (state.job ? { job: { ...state.job, done, total } } : {})),
  finishJob: (result) => {
    cancelCurrent = null;
    set({ job: null, result });
  },
  cancelJob: () => cancelCurrent?.(),
  dismissResult: () => set({ result: null }),
  setImportedLog: (importedLog) => set({ importedLog }),
  toggleExportFilteredOnly: () =>
    set((state) => ({ exportFilteredOnly: !state.exportFilteredOnly })),
}));
