import { WorkerEngineHost } from './worker-engine-host';

/** Starts the engine in a module Web Worker and returns its host (the app's engine). */
export function createWorkerEngineHost(): WorkerEngineHost {
  const worker = new Worker(new URL('./engine-worker.ts', import.meta.url), {
    type: 'module',
    name: 'eventfold-engine',
  });
  return new WorkerEngineHost(worker, () => worker.terminate());
}
