import type { StoreApi } from 'zustand';
import type { ImportedLogKeeper } from '../../infra/transfer/imported-log-keeper';
import type { ImportParse } from '../../sim/import/parse-import';
import type { EventfoldState } from '../../state/eventfold-state';
import type { TransferState } from '../../state/transfer/transfer-store';

/** What the transfer actions reach: both stores and the browser's outputs (fakes in tests). */
export interface TransferDeps {
  readonly store: StoreApi<EventfoldState>;
  readonly transfer: StoreApi<TransferState>;
  readonly download: (parts: BlobPart[], fileName: string, mediaType: string) => void;
  readonly writeClipboard: (text: string) => Promise<void>;
  /**
   * Reads and validates an imported file (a worker in the app, so a large file never blocks
   * the page); rejects when `signal` aborts.
   */
  readonly parseFile: (file: File, signal: AbortSignal) => Promise<ImportParse>;
  /** The page's address without its fragment (share links are built on it). */
  readonly pageUrl: () => string;
  /** Keeps the shown imported log between visits. */
  readonly keeper: ImportedLogKeeper;
  /** Asks a yes/no question (before work is replaced); true to go ahead. */
  readonly confirm: (question: string) => boolean;
}
