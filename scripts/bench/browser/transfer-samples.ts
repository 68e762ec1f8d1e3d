import type { StoredEvent } from '../../../src/core/messages/event';
import { readAllEvents, readEvents, readHead } from '../../../src/infra/db/event-batches';
import { batchRow } from '../../../src/infra/db/schema';
import { DexieEventLogSource } from '../../../src/infra/log-source/dexie-event-log-source';
import { storeImportedLog } from '../../../src/infra/transfer/store-imported-log';
import { EXPORT_PAGE_SIZE, streamLogExport } from '../../../src/infra/transfer/stream-log-export';
import { type LogFormat, logFormatInfo } from '../../../src/sim/export/log-formats';
import { createLogWriter, formatLog } from '../../../src/sim/export/log-writer';
import { parseImportText } from '../../../src/sim/import/parse-import';
import { benchDb } from './bench-log-db';
import { HeapProbe } from './heap-probe';

export interface TransferSample {
  readonly ms: number;
  readonly events: number;
  /** Size of the file written or read. */
  readonly bytes: number;
  /** Live heap growth at the worst point (only when measured with `heap`; forced GCs slow it). */
  readonly peakHeapBytes?: number;
  /** Import only: the time parsing and validating took, before the write. */
  readonly parseMs?: number;
}

/** The last export of each format, kept for the imports (Blobs live outside the JS heap). */
const files = new Map<LogFormat, Blob>();
let rawRowsFile: Blob | undefined;

/** A probe, or nothing: readings force full collections, so timed samples take none. */
const probeIf = (heap: boolean) => (heap ? new HeapProbe() : undefined);

/**
 * Ours: the app's streaming export (streamLogExport through DexieEventLogSource, the Event log's
 * reader), then the Blob the download is made of. With `heap`, the live heap is read after every
 * `probeEveryPages` pages and once the Blob exists (the chunks are still referenced then).
 */
export async function exportStreamed(
  dbName: string,
  format: LogFormat,
  heap = false,
  probeEveryPages = 1,
): Promise<TransferSample> {
  const db = await benchDb(dbName);
  const head = await readHead(db);
  const source = new DexieEventLogSource({
    db,
    durablePosition: head,
    onDurablePositionChange: () => () => {},
  });
  const probe = probeIf(heap);
  let pages = 0;
  const started = performance.now();
  const exported = await streamLogExport(source, {
    format,
    onProgress: () => {
      pages += 1;
      if (pages % probeEveryPages === 0) probe?.read();
    },
  });
  const blob = new Blob(exported.chunks, { type: logFormatInfo[format].mediaType });
  probe?.read();
  const ms = performance.now() - started;
  files.set(format, blob);
  return { ms, events: exported.events, bytes: blob.size, peakHeapBytes: probe?.peakGrowthBytes };
}

/**
 * What-if, for the record only: the same paged export with each page's text turned into a Blob
 * at once (Blob parts live outside the JS heap), so the heap holds one page instead of the file.
 */
export async function exportToBlobPerPage(
  dbName: string,
  format: LogFormat,
  probeEveryPages = 1,
): Promise<TransferSample> {
  const db = await benchDb(dbName);
  const head = await readHead(db);
  const writer = createLogWriter(format);
  const probe = new HeapProbe();
  const started = performance.now();
  const parts: Blob[] = [new Blob([writer.header()])];
  let pages = 0;
  for (let from = 1; from <= head; from += EXPORT_PAGE_SIZE) {
    const page = await readEvents(db, from, EXPORT_PAGE_SIZE);
    parts.push(new Blob([writer.page(page)]));
    pages += 1;
    if (pages % probeEveryPages === 0) probe.read();
  }
  parts.push(new Blob([writer.footer()]));
  const blob = new Blob(parts, { type: logFormatInfo[format].mediaType });
  probe.read();
  const ms = performance.now() - started;
  return { ms, events: head, bytes: blob.size, peakHeapBytes: probe.peakGrowthBytes };
}

/** Baseline: one Dexie `toArray` of every batch record, the same writer over all events, one Blob. */
export async function exportAllAtOnce(
  dbName: string,
  format: LogFormat,
  heap = false,
): Promise<TransferSample> {
  const db = await benchDb(dbName);
  const probe = probeIf(heap);
  const started = performance.now();
  const rows = await readAllEvents(db);
  probe?.read();
  const text = formatLog(format, rows);
  probe?.read();
  const blob = new Blob([text], { type: logFormatInfo[format].mediaType });
  probe?.read();
  const ms = performance.now() - started;
  return { ms, events: rows.length, bytes: blob.size, peakHeapBytes: probe?.peakGrowthBytes };
}

/**
 * Ours: the file the last streamed export of `format` wrote, read as the app reads a File
 * (`text()`), parsed and validated by parseImportText, written by storeImportedLog (replace).
 */
export async function importOurs(
  dbName: string,
  format: LogFormat,
  heap = false,
): Promise<TransferSample> {
  const file = files.get(format);
  if (!file) throw new Error(`import ${format}: export it first (no file yet)`);
  const db = await benchDb(dbName);
  const probe = probeIf(heap);
  const started = performance.now();
  const text = await file.text();
  const parsed = parseImportText(text);
  if (!parsed.ok) throw new Error(`import ${format} refused: ${parsed.message}`);
  if (parsed.kind !== 'log') throw new Error(`import ${format}: read as a ${parsed.kind}`);
  const parseMs = performance.now() - started;
  probe?.read();
  const stored = await storeImportedLog(db, parsed.events);
  probe?.read();
  const ms = performance.now() - started;
  return {
    ms,
    events: stored.written,
    bytes: file.size,
    parseMs,
    peakHeapBytes: probe?.peakGrowthBytes,
  };
}

/** Makes the baseline's file, untimed: the stored rows as plain JSON, one per line. */
export async function prepareRawRowsFile(sourceDbName: string): Promise<number> {
  const db = await benchDb(sourceDbName);
  const lines: string[] = [];
  for (let from = 1; ; from += EXPORT_PAGE_SIZE) {
    const page = await readEvents(db, from, EXPORT_PAGE_SIZE);
    if (page.length === 0) break;
    for (const row of page) lines.push(`${JSON.stringify(row)}\n`);
  }
  rawRowsFile = new Blob(lines, { type: 'application/x-ndjson' });
  return rawRowsFile.size;
}

/**
 * Baseline: the plain rows file, `JSON.parse` per line (no validation), then clear + raw Dexie
 * `bulkAdd` of batch records of 5,000 events (the app's record form; replace, one transaction).
 */
export async function importRaw(dbName: string, heap = false): Promise<TransferSample> {
  if (!rawRowsFile) throw new Error('import baseline: call prepareRawRowsFile first');
  const db = await benchDb(dbName);
  const probe = probeIf(heap);
  const started = performance.now();
  const text = await rawRowsFile.text();
  const rows: StoredEvent[] = [];
  for (const line of text.split('\n')) if (line !== '') rows.push(JSON.parse(line) as StoredEvent);
  const parseMs = performance.now() - started;
  probe?.read();
  await db.transaction('rw', db.eventBatches, async () => {
    await db.eventBatches.clear();
    const records = [];
    for (let from = 0; from < rows.length; from += 5_000) {
      records.push(batchRow(rows.slice(from, from + 5_000)));
    }
    await db.eventBatches.bulkAdd(records);
  });
  probe?.read();
  const ms = performance.now() - started;
  return {
    ms,
    events: rows.length,
    bytes: rawRowsFile.size,
    parseMs,
    peakHeapBytes: probe?.peakGrowthBytes,
  };
}
