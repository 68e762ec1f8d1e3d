import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bootstrap } from '../../../src/app/bootstrap';
import type { MarkerStorage } from '../../../src/app/persistence/saved-marker';
import { startPersistence } from '../../../src/app/persistence/start-persistence';
import { InlineEngineHost } from '../../../src/sim/host/inline-engine-host';
import { parseScenarioText } from '../../../src/sim/scenario/load-scenario';
import { archiveOnPage } from '../../support/archive-on-page';
import { FakeTicker } from '../sim/host/fake-ticker';
import { closeAfterTest, freshStore } from './workspace-fixture';

/** The built-in example, read from public/ as the app would fetch it. */
const readExample = async () =>
  parseScenarioText(
    readFileSync(resolve(__dirname, '../../../public/scenarios/order-saga.json'), 'utf8'),
  );

/**
 * One page session, wired like main.tsx: a fresh store, an inline engine on a fake ticker,
 * persistence on database `name`, and the bootstrap with persistence's restore hook. The page
 * "closes" when the test ends (or earlier, with close()).
 */
export async function openSession(name: string, saveIntervalMs = 20, marker?: MarkerStorage) {
  const store = freshStore();
  const ticker = new FakeTicker();
  const frames = new FakeTicker();
  const host = new InlineEngineHost(ticker);
  const persistence = startPersistence({
    store,
    engine: host,
    archive: archiveOnPage(host),
    dbName: name,
    saveIntervalMs,
    marker,
    now: () => Date.UTC(2026, 10, 27, 10, 30),
  });
  let wallMs = 0;
  /** Lets `count` frames of 50 ms pass: the engine ticks, then the store gets the frame. */
  const tick = (count = 1) => {
    for (let frame = 0; frame < count; frame += 1) {
      wallMs += 50;
      ticker.tick(wallMs);
      frames.tick(wallMs);
    }
  };
  const booting = bootstrap({
    host,
    store,
    frames,
    readExample,
    restore: persistence.restore,
    structuralDelayMs: 10,
  });
  // A restore waits for the engine to report the rebuilt run, so frames must keep coming.
  let booted = false;
  void booting.finally(() => {
    booted = true;
  });
  while (!booted) {
    tick();
    await new Promise((done) => setTimeout(done, 1));
  }
  const wiring = await booting;
  tick();
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    wiring.dispose();
    persistence.dispose();
    host.dispose();
  };
  closeAfterTest(close);
  return { store, host, persistence, tick, close };
}
