import { useEffect, useRef } from 'react';
import { useTransferStore } from '../../state/transfer/transfer-store';
import './transfer.css';

/**
 * The running transfer's progress (a progress bar and Cancel) or, once it ends, what it did
 * (imported counts, a refusal naming line and field). Messages are rendered as text only.
 */
export function TransferDialog() {
  const job = useTransferStore((state) => state.job);
  const result = useTransferStore((state) => state.result);
  const cancel = useTransferStore((state) => state.cancelJob);
  const dismiss = useTransferStore((state) => state.dismissResult);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (result) closeRef.current?.focus();
  }, [result]);

  if (job) {
    const percent = job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
    return (
      <div role="dialog" aria-label={`${job.label} progress`} className="transfer-dialog">
        <p className="transfer-dialog__title">{job.label}</p>
        {job.total > 0 ? (
          <progress
            aria-label={`${job.label} progress`}
            max={job.total}
            value={job.done}
            className="transfer-dialog__bar"
          />
        ) : (
          // Not measurable yet (an import validating its file): an indeterminate bar.
          <progress aria-label={`${job.label} progress`} className="transfer-dialog__bar" />
        )}
        <p className="transfer-dialog__detail">
          {job.total > 0
            ? `${job.done.toLocaleString('en')} of ${job.total.toLocaleString('en')} (${percent}%)`
            : job.kind === 'import'
              ? 'Reading the file and checking every event…'
              : 'Starting…'}
        </p>
        <button type="button" className="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    );
  }
  if (!result) return null;
  const className = `transfer-dialog transfer-dialog--${result.tone}`;
  return (
    <div role="dialog" aria-label={result.title} className={className}>
      <p className="transfer-dialog__title">{result.title}</p>
      <p className="transfer-dialog__detail">{result.message}</p>
      <button ref={closeRef} type="button" className="button" onClick={dismiss}>
        Close
      </button>
    </div>
  );
}
