import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredEvent } from '../../../src/core/messages/event';
import { addLog, readAllEvents, readEvents } from '../../../src/infra/db/event-batches';
import { EventfoldDb } from '../../../src/infra/db/schema';
import { MemoryLogSource } from '../../../src/infra/transfer/memory-log-source';
import { storeImportedLog } from '../../../src/infra/transfer/store-imported-log';
import { streamLogExport } from '../../../src/infra/transfer/stream-log-export';
import { TransferCancelledError } from '../../../src/infra/transfer/transfer-cancelled';
import { parseImportText } from '../../../src/sim/import/parse-import';
import { exampleLog } from '../sim/import/import-fixtures';

let counter = 0;
const dbs: EventfoldDb[] = [];

async function freshDb(events: readonly StoredEvent[] = []): Promise<EventfoldDb> {
  counter += 1;
  const db = new EventfoldDb(`eventfold-transfer-${counter}`);
  dbs.push(db);
  await db.open();
  if (events.length > 0) await addLog(db, events, 1_000);
  return db;
}

afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const log = exampleLog(10_000);
const before = log.slice(0, 50);

describe('given a validated log to import', () => {
  it('when it replaces the stored log, then the store holds exactly the imported events, a record per chunk', async () => {
    const db = await freshDb(before);
    const result = await storeImportedLog(db, log, { chunkSize: 100 });
    expect(result).toEqual({ written: log.length, head: log.length });
    expect(await readAllEvents(db)).toEqual(log);
    expect(await db.eventBatches.count()).toBe(Math.ceil(log.length / 100));
  });

  it('when a failure strikes after some chunks were added, then the stored log is unchanged', async () => {
    const db = await freshDb(before);
    const failing = storeImportedLog(db, log, {
      chunkSize: 100,
      afterChunk: (written) => {
        if (written >= 300) throw new Error('disk full (injected)');
      },
    });
    await expect(failing).rejects.toThrow('disk full (injected)');
    expect(await readAllEvents(db)).toEqual(before);
  });

  it('when the storage refuses a record mid-write (quota), then nothing of the import is kept', async () => {
    const db = await freshDb(before);
    const add = db.eventBatches.add.bind(db.eventBatches);
    let records = 0;
    vi.spyOn(db.eventBatches, 'add').mockImplementation((row) => {
      records += 1;
      if (records === 5) {
        return Dexie.Promise.reject(
          new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
        );
      }
      return add(row);
    });
    await expect(storeImportedLog(db, log, { chunkSize: 100 })).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    vi.restoreAllMocks();
    expect(await readAllEvents(db)).toEqual(before);
  });
});

describe('given a stored log to export', () => {
  it('when streamed page by page as NDJSON and imported again, then the same events come back', async () => {
    const db = await freshDb(log);
    const progress: number[] = [];
    const reader = {
      head: async () => log.length,
      readAll: (from: number, limit: number) => readEvents(db, from, limit),
    };
    const exported = await streamLogExport(reader, {
      format: 'ndjson',
      pageSize: 128,
      onProgress: (read) => progress.push(read),
    });
    expect(exported.events).toBe(log.length);
    expect(exported.chunks.length).toBe(Math.ceil(log.length / 128));
    // Each page is a Blob (off the JS heap), not a string kept until the end.
    expect(exported.chunks.every((chunk) => chunk instanceof Blob)).toBe(true);
    expect(progress.at(-1)).toBe(log.length);
    const parsed = parseImportText(await new Blob(exported.chunks).text());
    expect(parsed.ok && parsed.kind === 'log' ? parsed.events : null).toEqual(log);
  });

  it("when only the filter's events are exported, then the file holds exactly those", async () => {
    const source = new MemoryLogSource(log);
    const include = (event: StoredEvent) => event.type.startsWith('saga.');
    const exported = await streamLogExport(source, { format: 'csv', include, pageSize: 64 });
    const parsed = parseImportText(await new Blob(exported.chunks).text());
    if (!parsed.ok || parsed.kind !== 'log') throw new Error('expected a log');
    expect(parsed.events.map((event) => event.id)).toEqual(
      log.filter(include).map((event) => event.id),
    );
    expect(exported.events).toBeGreaterThan(0);
  });

  it('when cancelled mid-way, then it stops with TransferCancelledError before reading on', async () => {
    const controller = new AbortController();
    let reads = 0;
    const reader = {
      head: async () => log.length,
      readAll: async (from: number, limit: number) => {
        reads += 1;
        if (reads === 2) controller.abort();
        return log.slice(from - 1, from - 1 + limit);
      },
    };
    const exporting = streamLogExport(reader, {
      format: 'json',
      pageSize: 50,
      signal: controller.signal,
    });
    await expect(exporting).rejects.toBeInstanceOf(TransferCancelledError);
    expect(reads).toBe(2);
  });

  it('when a page is formatted, then the next page is already being read, and never more than one ahead', async () => {
    const steps: string[] = [];
    const reader = {
      head: async () => 150,
      readAll: async (from: number, limit: number) => {
        steps.push(`read ${from}`);
        return log.slice(from - 1, from - 1 + limit);
      },
    };
    let pages = 0;
    const exported = await streamLogExport(reader, {
      format: 'ndjson',
      pageSize: 50,
      keepPage: (text) => {
        pages += 1;
        steps.push(`keep ${pages}`);
        return text;
      },
    });
    expect(steps).toEqual(['read 1', 'read 51', 'keep 1', 'read 101', 'keep 2', 'keep 3']);
    expect(exported.events).toBe(150);
  });
});
