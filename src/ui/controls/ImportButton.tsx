import { useId } from 'react';
import { UploadIcon } from './control-icons';

/** File types Import accepts: the formats Export writes. */
export const importAccept = '.json,.ndjson,.csv';

/**
 * Import: a file input dressed as a toolbar button (its label is the visible "Import" text).
 * It stays disabled until loading logs and scenarios is wired in; the description says so.
 */
export function ImportButton() {
  const descriptionId = useId();
  return (
    <>
      <label className="button file-button" title="Not available yet">
        <UploadIcon />
        Import
        <input
          className="visually-hidden"
          type="file"
          accept={importAccept}
          disabled
          aria-describedby={descriptionId}
        />
      </label>
      <span id={descriptionId} hidden>
        Importing event logs and scenarios (.json, .ndjson, .csv) is not available yet
      </span>
    </>
  );
}
