import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { readAllEvents } from '../../../src/infra/db/event-batches';
import { EVENTFOLD_DB_VERSION, type EventBatchRow } from '../../../src/infra/db/schema';
import { DatabaseClosedError } from '../../../src/infra/store/storage-errors';
import {
  statusForStorageError,
  storageMessages,
} from '../../../src/state/persistence/storage-status';
import { pipelineScenario } from '../sim/host/host-fixtures';
import { engineHarness, openArchive, places } from './workspace-fixture';

/** The engine's whole log after running the pipeline scenario for `frames` frames. */
function engineLog(frames: number) {
  const engine = engineHarness();
  engine.host.load(pipelineScenario());
  engine.host.setSpeed(5);
  engine.runFor(frames);
  return engine.eventsOf(engine.last().runId);
}

describe('given a run stored in the archive and the engine rebuilding it (a reload)', () => {
  it('when the engine log is longer than what was stored, then only the missing tail is appended', async () => {
    const { archive, errors } = await openArchive('continue-longer');
    const log = engineLog(20);
    const stored = log.slice(0, 40);
    archive.reset();
    archive.append(stored);
    await archive.whenIdle();
    const add = vi.spyOn(archive.db.eventBatches, 'add');

    archive.continueRun(log);
    await archive.whenIdle();

    expect(places(await readAllEvents(archive.db))).toEqual(places(log));
    expect(archive.durablePosition).toBe(log.length);
    const eventsWritten = add.mock.calls.reduce((sum, [row]) => sum + row.events.length, 0);
    expect(eventsWritten).toBe(log.length - 40);
    expect(errors).toEqual([]);
  });

  it('when more was stored than the saved position reached, then the extra tail is removed', async () => {
    const { archive } = await openArchive('continue-shorter');
    const log = engineLog(20);
    archive.reset();
    archive.append(log);
    await archive.whenIdle();

    archive.continueRun(log.slice(0, 25));
    await archive.whenIdle();

    expect(places(await readAllEvents(archive.db))).toEqual(places(log.slice(0, 25)));
    expect(await archive.count()).toBe(25);
    expect(archive.durablePosition).toBe(25);
    // Writing continues at the engine's next position.
    archive.append(log.slice(25, 30));
    await archive.whenIdle();
    expect(places(await readAllEvents(archive.db))).toEqual(places(log.slice(0, 30)));
  });

  it('when what is stored is another run, then it is replaced by the engine log', async () => {
    const { archive } = await openArchive('continue-other');
    const other = engineLog(20).map((event) => ({ ...event, data: { other: true } }));
    const log = engineLog(10);
    archive.reset();
    archive.append(other);
    await archive.whenIdle();

    archive.continueRun(log);
    await archive.whenIdle();

    const stored = await readAllEvents(archive.db);
    expect(places(stored)).toEqual(places(log));
    expect(stored.every((event) => !('other' in (event.data as object)))).toBe(true);
  });
});

describe('given an open archive', () => {
  it('when another tab upgrades the database, then it reports the closure and writes nothing more', async () => {
    const { archive, name, closed } = await openArchive('closed');
    const log = engineLog(6);
    archive.reset();
    archive.append(log.slice(0, 10));
    await archive.whenIdle();

    const newerTab = new Dexie(name);
    newerTab.version(EVENTFOLD_DB_VERSION + 1).stores({ eventBatches: 'from' });
    await newerTab.open();

    expect(closed).toHaveLength(1);
    expect(closed[0]).toBeInstanceOf(DatabaseClosedError);
    expect(statusForStorageError(closed[0])).toEqual({
      kind: 'closed',
      message: storageMessages.newerVersion,
    });
    archive.append(log.slice(10, 20));
    await archive.whenIdle();
    expect(archive.pendingCount).toBe(0);
    const stored = await newerTab.table<EventBatchRow>('eventBatches').toArray();
    expect(stored.flatMap((row) => row.events)).toHaveLength(10);
    newerTab.close();
  });
});
