import { type ChangeEvent, useId } from 'react';
import { useTransferStore } from '../../state/transfer/transfer-store';
import { UploadIcon } from './control-icons';

/** File types Import accepts: the formats Export writes. */
export const importAccept = '.json,.ndjson,.csv';

/**
 * Import: a file input dressed as a toolbar button (its label is the visible "Import" text).
 * The format is detected from the content; the whole file is validated before anything is
 * stored, and the result dialog says what happened.
 */
export function ImportButton() {
  const descriptionId = useId();
  const actions = useTransferStore((state) => state.actions);
  const busy = useTransferStore((state) => state.job !== null);
  const disabled = actions === null || busy;
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again fires another change.
    event.target.value = '';
    if (file && actions) void actions.importFile(file);
  };
  return (
    <>
      <label className="button file-button" title={disabled ? 'Not available now' : undefined}>
        <UploadIcon />
        Import
        <input
          className="visually-hidden"
          type="file"
          accept={importAccept}
          disabled={disabled}
          aria-describedby={descriptionId}
          onChange={onChange}
        />
      </label>
      <span id={descriptionId} hidden>
        {disabled
          ? 'Importing is not available until the app has started (or while a transfer runs)'
          : 'Import an event log (CloudEvents JSON, NDJSON, CSV) or a scenario (.json)'}
      </span>
    </>
  );
}
