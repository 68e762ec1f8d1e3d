import * as Comlink from 'comlink';
import { readHead } from '../db/event-batches';
import { EVENTFOLD_DB_NAME, EventfoldDb } from '../db/schema';
import { ArchiveSignals } from '../workspace/archive-signals';
import type { EngineArchive, PageArchive } from '../workspace/engine-archive';
import type { ArchiveEndpoint } from './archive-endpoint';
import { type ArchiveIdleState, type ArchiveReport, errorFromFacts } from './archive-reports';

/**
 * The archive written in the engine's worker, seen from the page: the worker records the run
 * and writes it, so no event value is copied into IndexedDB on the page's thread. The page
 * keeps a mirror of the durable position (from the worker's numbered reports) and its own
 * connection for reading the log.
 */
export function archiveInWorker(remote: Comlink.Remote<ArchiveEndpoint>): EngineArchive {
  return {
    async open(name) {
      const mirror = new ArchiveMirror(remote, new EventfoldDb(name ?? EVENTFOLD_DB_NAME));
      await remote.listenArchive(Comlink.proxy((report: ArchiveReport) => mirror.receive(report)));
      const opening = await remote.openArchive(name);
      if (!opening.ok) {
        mirror.db.close();
        throw errorFromFacts(opening.error);
      }
      mirror.settle(opening);
      try {
        await mirror.db.open();
      } catch (error) {
        mirror.close();
        throw error;
      }
      return mirror;
    },
    expectRestoredRun: () => void remote.expectRestoredRun(),
    stop: () => {},
  };
}

class ArchiveMirror extends ArchiveSignals implements PageArchive {
  private seq = 0;
  private position = 0;

  constructor(
    private readonly remote: Comlink.Remote<ArchiveEndpoint>,
    readonly db: EventfoldDb,
  ) {
    super();
  }

  get durablePosition(): number {
    return this.position;
  }

  receive(report: ArchiveReport): void {
    if (report.seq <= this.seq) return;
    this.seq = report.seq;
    if (report.kind === 'durable') this.setPosition(report.position);
    else if (report.kind === 'closed') this.closedListeners.emit(errorFromFacts(report.error));
    else this.errorListeners.emit(errorFromFacts(report.error));
  }

  /** Takes a state the worker answered with, unless a newer report already arrived. */
  settle(state: ArchiveIdleState): void {
    if (state.seq < this.seq) return;
    this.seq = state.seq;
    this.setPosition(state.position);
  }

  retry(): void {
    void this.remote.retryArchive();
  }

  async whenIdle(): Promise<void> {
    this.settle(await this.remote.archiveIdle());
  }

  /** How many events are stored (positions are gap-free from 1, so the stored head). */
  count(): Promise<number> {
    return readHead(this.db);
  }

  close(): void {
    void this.remote.closeArchive();
    this.db.close();
  }

  private setPosition(position: number): void {
    if (position === this.position) return;
    this.position = position;
    this.durableListeners.emit(position);
  }
}
