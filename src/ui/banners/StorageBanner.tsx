import './storage-banner.css';
import { type ReactNode, useState } from 'react';
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
        <BannerAction primary onClick={retryStorage}>
          Resume
        </BannerAction>
      )}
      {status.kind === 'closed' && (
        <BannerAction onClick={() => window.location.reload()}>Reload</BannerAction>
      )}
      {status.kind === 'unavailable' && (
        <BannerAction onClick={() => setDismissed(status.kind)}>Dismiss</BannerAction>
      )}
    </div>
  );
}

interface BannerActionProps {
  /** The action the banner recommends (Resume), drawn in the accent colour. */
  readonly primary?: boolean;
  readonly onClick: () => void;
  readonly children: ReactNode;
}

/** A button at the banner's end. */
function BannerAction({ primary = false, onClick, children }: BannerActionProps) {
  const className = primary
    ? 'storage-banner__action storage-banner__action--primary'
    : 'storage-banner__action';
  return (
    <button type="button" className={className} onClick={onClick}>
      {children}
    </button>
  );
}
