/** How saving stands: fine, stopped for good in this tab, waiting for space, or impossible. */
export type StorageStatusKind = 'ok' | 'closed' | 'quota' | 'unavailable' | 'failed';

export interface StorageStatus {
  readonly kind: StorageStatusKind;
  readonly message: string;
}

export const storageOk: StorageStatus = { kind: 'ok', message: '' };

export const storageMessages = {
  newerVersion:
    'Eventfold was opened in a newer version in another tab, so this tab stopped saving. Reload to continue; everything saved so far is kept.',
  connectionLost:
    'The browser closed this tab’s storage, so it stopped saving. Reload to continue; everything saved so far is kept.',
  quota:
    'Storage is full: the run is paused and nothing partial was saved. Free space (export and clear old runs) and press Resume.',
  unavailable:
    'Browser storage is unavailable (private browsing or blocked), so Eventfold works but will not save this workspace or its events.',
} as const;

/** Why saving failed, from the error's stable `code` (storage errors are EventfoldErrors). */
export function statusForStorageError(error: unknown): StorageStatus {
  const { code, reason, message } = (error ?? {}) as {
    code?: unknown;
    reason?: unknown;
    message?: unknown;
  };
  switch (code) {
    case 'database-closed':
      return {
        kind: 'closed',
        message:
          reason === 'version-change'
            ? storageMessages.newerVersion
            : storageMessages.connectionLost,
      };
    case 'quota-exceeded':
      return { kind: 'quota', message: storageMessages.quota };
    case 'database-open':
      return { kind: 'unavailable', message: storageMessages.unavailable };
    default:
      return {
        kind: 'failed',
        message: `Saving stopped and the run is paused: ${typeof message === 'string' ? message : String(error)}. Press Resume to try again.`,
      };
  }
}

/** True when the run should wait for the person (Resume) before saving goes on. */
export function canRetry(status: StorageStatus): boolean {
  return status.kind === 'quota' || status.kind === 'failed';
}
