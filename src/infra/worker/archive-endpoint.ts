import type { ArchiveBehindEngine } from '../../sim/host/archive-behind-engine';
import { DexieEventArchive } from '../workspace/dexie-event-archive';
import {
  type ArchiveIdleState,
  type ArchiveOpening,
  type ArchiveReport,
  errorFacts,
} from './archive-reports';

/** The event archive in the engine's worker, as exposed to the page across the channel. */
export interface ArchiveEndpoint {
  /** Opens the archive on database `name`; on failure the run's events are dropped. */
  openArchive(name: string | undefined): Promise<ArchiveOpening>;
  /** One callback for every report (a returned unsubscribe cannot be cloned); before opening. */
  listenArchive(callback: (report: ArchiveReport) => void): void;
  expectRestoredRun(): void;
  retryArchive(): void;
  archiveIdle(): Promise<ArchiveIdleState>;
  closeArchive(): void;
}

/**
 * Writes the engine's log from its worker: the archive opens on the page's request, and its
 * durable position, closure and write errors are reported back as numbered facts.
 */
export function createArchiveEndpoint(
  behind: ArchiveBehindEngine,
  open: (name: string | undefined) => Promise<DexieEventArchive> = (name) =>
    DexieEventArchive.open({ name }),
): ArchiveEndpoint {
  let archive: DexieEventArchive | null = null;
  let seq = 0;
  let listener: ((report: ArchiveReport) => void) | null = null;
  const report = (make: (seq: number) => ArchiveReport) => {
    seq += 1;
    listener?.(make(seq));
  };

  return {
    async openArchive(name) {
      try {
        archive = await open(name);
      } catch (error) {
        behind.attach(null);
        return { ok: false, error: errorFacts(error) };
      }
      archive.onDurablePositionChange((position) =>
        report((seq) => ({ seq, kind: 'durable', position })),
      );
      archive.onClosed((error) =>
        report((seq) => ({ seq, kind: 'closed', error: errorFacts(error) })),
      );
      archive.onError((error) =>
        report((seq) => ({ seq, kind: 'error', error: errorFacts(error) })),
      );
      behind.attach(archive);
      return { ok: true, seq, position: archive.durablePosition };
    },
    listenArchive(callback) {
      listener = callback;
    },
    expectRestoredRun: () => behind.expectRestoredRun(),
    retryArchive: () => archive?.retry(),
    async archiveIdle() {
      await archive?.whenIdle();
      return { seq, position: archive?.durablePosition ?? 0 };
    },
    closeArchive: () => archive?.close(),
  };
}
