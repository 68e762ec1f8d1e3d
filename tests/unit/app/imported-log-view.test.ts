import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importFile } from '../../../src/app/transfer/import-action';
import { followRunLog, reopenKeptLog } from '../../../src/app/transfer/imported-log-view';
import type { TransferDeps } from '../../../src/app/transfer/transfer-deps';
import { MemoryLogSource } from '../../../src/infra/transfer/memory-log-source';
import { TransferCancelledError } from '../../../src/infra/transfer/transfer-cancelled';
import { formatLog } from '../../../src/sim/export/log-writer';
import { parseImportText } from '../../../src/sim/import/parse-import';
import { useEventfoldStore } from '../../../src/state/store';
import { useTransferStore } from '../../../src/state/transfer/transfer-store';
import { MemoryImportedLogKeeper } from '../../support/memory-imported-log-keeper';
import { exampleLog } from '../sim/import/import-fixtures';

const runLog = exampleLog(2_000);
const importedLog = exampleLog(5_000);

let keeper: MemoryImportedLogKeeper;
let deps: TransferDeps;
let runSource: MemoryLogSource;
let stopFollowing: () => void;

beforeEach(() => {
  useEventfoldStore.setState(useEventfoldStore.getInitialState(), true);
  useTransferStore.setState(useTransferStore.getInitialState(), true);
  keeper = new MemoryImportedLogKeeper();
  deps = {
    store: useEventfoldStore,
    transfer: useTransferStore,
    download: vi.fn(),
    writeClipboard: vi.fn(async () => {}),
    pageUrl: () => 'http://localhost/',
    parseFile: async (file) => parseImportText(await file.text()),
    confirm: () => true,
    keeper,
  };
  // The run's own stored log, attached as persistence attaches it.
  runSource = new MemoryLogSource(runLog);
  useEventfoldStore.getState().attachLogSource(runSource);
  stopFollowing = followRunLog(deps);
});

afterEach(() => stopFollowing());

const file = (name: string, events = importedLog) => new File([formatLog('ndjson', events)], name);
const shownSource = () => useEventfoldStore.getState().logSource as MemoryLogSource;
/** The person presses Reset (no engine attached here: only the request is noted). */
const startNewRun = () => useEventfoldStore.getState().reset();

describe('given a run whose log the panels show', () => {
  it('when a log is imported, then the panels show it and it is kept under its file name', async () => {
    await importFile(deps, file('shop.ndjson'));
    expect(shownSource()).not.toBe(runSource);
    expect(await shownSource().readAll(1, importedLog.length)).toEqual(importedLog);
    expect(keeper.kept).toEqual({ fileName: 'shop.ndjson', events: importedLog });
    expect(useTransferStore.getState().result?.message).toContain(
      'It is kept in this browser: a reload shows it again until you Run or Reset.',
    );
  });

  it("when a new run starts after an import, then the panels read the run's own log again and the kept copy is dropped", async () => {
    await importFile(deps, file('shop.ndjson'));
    startNewRun();
    expect(useEventfoldStore.getState().logSource).toBe(runSource);
    expect(useTransferStore.getState().importedLog).toBeNull();
    expect(keeper.discards).toBe(1);
    expect(keeper.kept).toBeNull();
  });

  it('when a second file is imported, then the merged log is kept under both names', async () => {
    const more = importedLog.slice(0, 10);
    await importFile(deps, file('a.ndjson', runLog));
    await importFile(deps, file('b.ndjson', more));
    expect(keeper.kept?.fileName).toBe('a.ndjson + b.ndjson');
    expect(keeper.kept?.events).toEqual(shownSource().events);
  });

  it('when the browser has no room to keep it, then it is still shown and the result says it was not kept and why', async () => {
    keeper.failKeep = new DOMException('quota', 'QuotaExceededError');
    await importFile(deps, file('big.ndjson'));
    expect(useTransferStore.getState().importedLog).toEqual({
      fileName: 'big.ndjson',
      events: importedLog.length,
    });
    expect(useTransferStore.getState().result?.message).toContain(
      "It could not be kept for the next visit (the browser's storage is full); it is shown until you Run, Reset or reload.",
    );
  });

  it('when keeping is cancelled from the progress dialog, then the log is still shown and the result says it was not kept', async () => {
    keeper.keep = (_log, options = {}) =>
      new Promise((_resolve, reject) =>
        options.signal?.addEventListener('abort', () =>
          reject(new TransferCancelledError('Keeping the imported log')),
        ),
      );
    const importing = importFile(deps, file('shop.ndjson'));
    await vi.waitFor(() =>
      expect(useTransferStore.getState().job?.label).toBe('Keeping shop.ndjson in this browser'),
    );
    expect(useTransferStore.getState().job?.total).toBe(importedLog.length);
    useTransferStore.getState().cancelJob();
    await importing;
    expect(useTransferStore.getState().importedLog?.fileName).toBe('shop.ndjson');
    expect(useTransferStore.getState().result?.message).toContain(
      'It could not be kept for the next visit (you cancelled keeping it)',
    );
  });
});

describe('given a log kept at the last visit', () => {
  it('when the app reopens it, then it is shown again with a notice, and Reset returns to the run', async () => {
    keeper.kept = { fileName: 'shop.ndjson', events: importedLog };
    expect(await reopenKeptLog(deps)).toBe(true);
    expect(shownSource().events).toEqual(importedLog);
    expect(useTransferStore.getState().importedLog).toEqual({
      fileName: 'shop.ndjson',
      events: importedLog.length,
    });
    const notice = useEventfoldStore.getState().notices.at(-1);
    expect(notice?.text).toContain(
      `The imported log shop.ndjson (${importedLog.length.toLocaleString('en')} events) is shown again`,
    );
    startNewRun();
    expect(useEventfoldStore.getState().logSource).toBe(runSource);
    expect(useEventfoldStore.getState().notices).not.toContainEqual(notice);
  });

  it("when the engine's first snapshot after the restore arrives once it is shown, then it stays shown", async () => {
    keeper.kept = { fileName: 'shop.ndjson', events: importedLog };
    expect(await reopenKeptLog(deps)).toBe(true);
    // The restored run's id and status reach the store a frame later than the restore asked.
    useEventfoldStore.setState({ runId: useEventfoldStore.getState().runId + 1, status: 'paused' });
    expect(shownSource().events).toEqual(importedLog);
    expect(useTransferStore.getState().importedLog?.fileName).toBe('shop.ndjson');
    expect(keeper.discards).toBe(0);
    useEventfoldStore.getState().run();
    expect(useEventfoldStore.getState().logSource).toBe(runSource);
    expect(useTransferStore.getState().importedLog).toBeNull();
  });

  it("when the kept copy cannot be read, then the run's log stays and nothing is claimed", async () => {
    keeper.kept = { fileName: 'shop.ndjson', events: importedLog };
    keeper.failLoad = new Error('unreadable');
    expect(await reopenKeptLog(deps)).toBe(false);
    expect(useEventfoldStore.getState().logSource).toBe(runSource);
    expect(useTransferStore.getState().importedLog).toBeNull();
    expect(useEventfoldStore.getState().notices).toEqual([]);
  });
});
