import { csvColumns } from '../export/csv-row';
import type { LogFormat } from '../export/log-formats';

/** What a file holds, decided from its content (never from its name, which users rename). */
export type ImportFormat = LogFormat | 'scenario';

/**
 * Looks at the start of the text: our CSV header, a JSON array (a CloudEvents batch), an
 * object with `specversion` on the first line (NDJSON), or an object that is not a CloudEvent
 * (a scenario, which loadScenario then validates). Null when it is none of these.
 */
export function detectImportFormat(text: string): ImportFormat | null {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith(csvColumns.join(','))) return 'csv';
  if (start.startsWith('[')) return 'json';
  if (!start.startsWith('{')) return null;
  const firstLineEnd = start.indexOf('\n');
  const firstLine = firstLineEnd < 0 ? start : start.slice(0, firstLineEnd);
  // A CloudEvent names its specversion; a scenario never has that key at its top level.
  if (/"specversion"\s*:/.test(firstLine)) return 'ndjson';
  return 'scenario';
}
