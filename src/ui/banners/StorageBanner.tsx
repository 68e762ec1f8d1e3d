import './storage-banner.css';
import { useState } from 'react';
import { selectRetryStorage, selectStorageStatus } from '../../state/persistence/persistence-store';
import { canRetry, type StorageStatusKind } from '../../state/persistence/storage-status';
import { useEventfoldStore } from '../../state/store';

/**
 * Says when the run is not being saved (README, "Saved automatically"): another tab took the database
 * over (Reload), storage is full (Resume retries the pending write), a write failed, or storage
 * is unavailable (the app works without saving; dismissible).
 */
export function StorageBanner() {
  const status = useEventfoldStore(selectStorageStatus);
  const retryStorage = useEventfoldStore(selectRetryStorage);
  const [dismissed, setDismissed] = useState<StorageStatusKind | null>(null);
  if (status.kind === 'ok' || status.kind === dismissed) return null;
  return (
    <div role="alert" className={`storage-banner storage-banner--${status.kind}`}>
      <p className="storage-banner__message">{status.message}</p>
      {canRetry(status) && (
        <button
          type="button"
          className="storage-banner__action storage-banner__action--primary"
          onClick={retryStorage}
        >
          Resume
        </button>
      )}
      {status.kind === 'closed' && (
        <button
          type="button"
          className="storage-banner__action"
          onClick={() => window.location.reload()}
        >
          Reload
        </button>
      )}
      {status.kind === 'unavailable' && (
        <button
          type="button"
          className="storage-banner__action"
          onClick={() => setDismissed(status.kind)}
        >
          Dismiss
        </button>
      )}
    </div>
  );
}
