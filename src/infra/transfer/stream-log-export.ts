import type { StoredEvent } from '../../core/messages/event';
import type { LogFormat } from '../../sim/export/log-formats';
import { createLogWriter } from '../../sim/export/log-writer';
import type { PagedLogReader } from './paged-log-reader';
import { TransferCancelledError } from './transfer-cancelled';

/** Events read and formatted per step: one IndexedDB bulk read, one string chunk. */
export const EXPORT_PAGE_SIZE = 2_000;

export interface LogExportOptions {
  readonly format: LogFormat;
  /** Only events it accepts are written (the Event log's filter); all when absent. */
  readonly include?: (event: StoredEvent) => boolean;
  readonly pageSize?: number;
  readonly signal?: AbortSignal;
  /** Positions read so far, of the head at the start. */
  readonly onProgress?: (read: number, head: number) => void;
  /**
   * What each formatted page is kept as; a Blob by default, so the page's text can be collected
   * and the file lives in the browser's blob storage rather than on the JS heap (a 1,000,000
   * event NDJSON export kept as strings held ~1 GB of heap; as Blobs, ~30 MB).
   */
  readonly keepPage?: (text: string) => BlobPart;
}

export interface LogExport {
  /** The file as parts, one per page: the download's Blob is built from them without joining. */
  readonly chunks: BlobPart[];
  readonly events: number;
}

const pageAsBlob = (text: string): BlobPart => new Blob([text]);

/**
 * Reads the log page by page up to the head it saw at the start and formats each page at once,
 * so at most two pages of events are in memory (the one formatted, the next one being read);
 * each page's text becomes a Blob at once (never one big string, and the text is not kept).
 * Yields to the event loop between pages so the progress bar paints and Cancel is heard.
 */
export async function streamLogExport(
  reader: PagedLogReader,
  options: LogExportOptions,
): Promise<LogExport> {
  const pageSize = options.pageSize ?? EXPORT_PAGE_SIZE;
  const writer = createLogWriter(options.format);
  const head = await reader.head();
  const keep = options.keepPage ?? pageAsBlob;
  const chunks: BlobPart[] = [];
  const header = writer.header();
  if (header.length > 0) chunks.push(header);
  let events = 0;
  const read = (from: number) =>
    from <= head ? reader.readAll(from, Math.min(pageSize, head - from + 1)) : null;
  // The next page is read while this one is formatted: IndexedDB works in the browser process
  // meanwhile, so a page's read and the previous page's formatting overlap (two pages in memory).
  let reading = read(1);
  for (let from = 1; reading !== null; from += pageSize) {
    if (options.signal?.aborted) {
      reading.catch(() => undefined); // abandoned: its outcome no longer matters
      throw new TransferCancelledError('Export');
    }
    const page = await reading;
    reading = page.length === 0 ? null : read(from + pageSize);
    const kept = options.include ? page.filter(options.include) : page;
    if (kept.length > 0) chunks.push(keep(writer.page(kept)));
    events += kept.length;
    options.onProgress?.(Math.min(head, from + pageSize - 1), head);
  }
  if (options.signal?.aborted) throw new TransferCancelledError('Export');
  const footer = writer.footer();
  if (footer.length > 0) chunks.push(footer);
  return { chunks, events };
}
