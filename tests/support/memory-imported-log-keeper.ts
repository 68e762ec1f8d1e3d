import type {
  ImportedLogKeeper,
  KeepOptions,
  KeptImportedLog,
} from '../../src/infra/transfer/imported-log-keeper';

/** An ImportedLogKeeper in memory; `failKeep`/`failLoad` make the next calls reject. */
export class MemoryImportedLogKeeper implements ImportedLogKeeper {
  kept: KeptImportedLog | null = null;
  discards = 0;
  failKeep: Error | null = null;
  failLoad: Error | null = null;

  async keep(log: KeptImportedLog, options: KeepOptions = {}): Promise<void> {
    if (this.failKeep) throw this.failKeep;
    options.onProgress?.(log.events.length, log.events.length);
    this.kept = { fileName: log.fileName, events: [...log.events] };
  }

  async load(): Promise<KeptImportedLog | null> {
    if (this.failLoad) throw this.failLoad;
    return this.kept;
  }

  async discard(): Promise<void> {
    this.discards += 1;
    this.kept = null;
  }
}
