import * as Comlink from 'comlink';
import type { ImportParse } from '../../sim/import/parse-import';
import type { ImportWorkerApi } from './import-worker';

/** Raised when an import's parse was cancelled (the worker was stopped). */
export class ImportCancelledError extends Error {
  constructor() {
    super('The import was cancelled.');
    this.name = 'ImportCancelledError';
  }
}

/**
 * Reads and validates an imported file in a short-lived module worker, one per import: the
 * page never blocks on a large file, and aborting `signal` terminates the worker at once
 * (a parse cannot be interrupted from inside, so the thread is simply stopped).
 */
export function parseFileInWorker(file: File, signal: AbortSignal): Promise<ImportParse> {
  if (signal.aborted) return Promise.reject(new ImportCancelledError());
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), {
    type: 'module',
    name: 'eventfold-import',
  });
  const api = Comlink.wrap<ImportWorkerApi>(worker);
  let stop = () => {};
  return new Promise<ImportParse>((resolve, reject) => {
    stop = () => reject(new ImportCancelledError());
    signal.addEventListener('abort', stop, { once: true });
    api.parseFile(file).then(resolve, reject);
  }).finally(() => {
    signal.removeEventListener('abort', stop);
    api[Comlink.releaseProxy]();
    worker.terminate();
  });
}
