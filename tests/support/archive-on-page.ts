import { DexieEventArchive } from '../../src/infra/workspace/dexie-event-archive';
import type { EngineArchive } from '../../src/infra/workspace/engine-archive';
import { archiveBehindEngine } from '../../src/sim/host/archive-behind-engine';
import type { EngineHost } from '../../src/sim/host/engine-host';

/**
 * The archive written beside an engine that runs in the test's own thread (an InlineEngineHost),
 * composed as the app's engine worker composes it (src/infra/worker/engine-worker.ts), minus the
 * channel: the recorder and the acknowledgements are the same code.
 */
export function archiveOnPage(engine: EngineHost): EngineArchive {
  const behind = archiveBehindEngine(engine);
  return {
    async open(name) {
      try {
        const archive = await DexieEventArchive.open({ name });
        behind.attach(archive);
        return archive;
      } catch (error) {
        behind.attach(null);
        throw error;
      }
    },
    expectRestoredRun: () => behind.expectRestoredRun(),
    stop: () => behind.stop(),
  };
}
