import * as Comlink from 'comlink';
import { describe, expect, it, vi } from 'vitest';
import { readAllEvents } from '../../../src/infra/db/event-batches';
import { EventfoldDb } from '../../../src/infra/db/schema';
import { DatabaseOpenError } from '../../../src/infra/store/storage-errors';
import { createArchiveEndpoint } from '../../../src/infra/worker/archive-endpoint';
import { createEngineEndpoint } from '../../../src/infra/worker/engine-endpoint';
import { WorkerEngineHost } from '../../../src/infra/worker/worker-engine-host';
import { DexieEventArchive } from '../../../src/infra/workspace/dexie-event-archive';
import { archiveBehindEngine } from '../../../src/sim/host/archive-behind-engine';
import type { HostSnapshot } from '../../../src/sim/host/engine-host';
import { InlineEngineHost } from '../../../src/sim/host/inline-engine-host';
import { statusForStorageError } from '../../../src/state/persistence/storage-status';
import { FakeTicker } from '../sim/host/fake-ticker';
import { pipelineScenario } from '../sim/host/host-fixtures';
import { closeAfterTest, places, uniqueName } from './workspace-fixture';

/** The newest events a page snapshot may carry in these tests (the app sends 2,000). */
const PAGE_EVENTS = 20;

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/**
 * The app's worker wiring, over a MessageChannel in this process: the engine, the archive
 * recording it and both endpoints on one side (as engine-worker.ts composes them), the
 * WorkerEngineHost and its archive on the page's side. Every event the far side handed out is
 * kept, to compare the stored log with.
 */
async function workerSession(label: string) {
  const name = uniqueName(label);
  const channel = new MessageChannel();
  const ticker = new FakeTicker();
  const engine = new InlineEngineHost(ticker);
  const engineEvents: HostSnapshot['newEvents']['events'][number][] = [];
  engine.subscribe((snapshot) => engineEvents.push(...snapshot.newEvents.events));
  const behind = archiveBehindEngine(engine);
  let workerArchive: DexieEventArchive | null = null;
  const open = async () => {
    workerArchive = await DexieEventArchive.open({ createDb: () => new EventfoldDb(name) });
    return workerArchive;
  };
  Comlink.expose(
    {
      ...createEngineEndpoint(engine, { pageEvents: PAGE_EVENTS }),
      ...createArchiveEndpoint(behind, open),
    },
    channel.port1,
  );
  const host = new WorkerEngineHost(channel.port2);
  const pageSnapshots: HostSnapshot[] = [];
  host.subscribe((snapshot) => pageSnapshots.push(snapshot));
  const archive = await host.archive().open(name);
  closeAfterTest(() => {
    archive.close();
    host.dispose();
    engine.dispose();
    channel.port1.close();
    channel.port2.close();
  });
  /** Runs `frames` frames of 50 ms on the far side, letting messages cross after each. */
  const runFor = async (frames: number) => {
    host.run();
    await settle();
    for (let frame = 0; frame < frames; frame += 1) {
      ticker.advanceFrames(1, 50);
      await settle();
    }
    host.pause();
    await settle();
    ticker.advanceFrames(1, 16);
    await settle();
  };
  return {
    name,
    host,
    archive,
    engine,
    engineEvents,
    pageSnapshots,
    runFor,
    workerArchive: () => workerArchive,
  };
}

describe('given the archive written in the engine worker, behind a message channel', () => {
  it('when the run goes on, then the worker stores every event at its engine position, the page mirrors how far, and page snapshots carry only the newest events', async () => {
    const session = await workerSession('worker-positions');
    session.host.load(pipelineScenario());
    // Fast enough that a snapshot holds more events than the page is sent.
    session.host.setSpeed(50);
    await session.runFor(20);
    await session.archive.whenIdle();

    const last = session.pageSnapshots.at(-1)!;
    expect(last.events).toBeGreaterThan(1_000);
    expect(session.engineEvents.length).toBe(last.events);
    expect(session.archive.durablePosition).toBe(last.events);
    expect(await session.archive.count()).toBe(last.events);
    const stored = await readAllEvents(session.archive.db);
    expect(places(stored)).toEqual(places(session.engineEvents));
    // The page heard of every position but received at most PAGE_EVENTS rows per snapshot.
    const carried = session.pageSnapshots.map((snapshot) => snapshot.newEvents.events.length);
    expect(Math.max(...carried)).toBeLessThanOrEqual(PAGE_EVENTS);
    const announced = session.pageSnapshots.reduce(
      (sum, { newEvents }) => sum + Math.max(0, newEvents.toPosition - newEvents.fromPosition + 1),
      0,
    );
    expect(announced).toBe(last.events);
    expect(carried.reduce((sum, count) => sum + count, 0)).toBeLessThan(last.events);
  });

  it('when a write in the worker hits the quota, then the page hears a quota error, and after retry everything is stored', async () => {
    const session = await workerSession('worker-quota');
    const errors: Error[] = [];
    session.archive.onError((error) => errors.push(error));
    session.host.load(pipelineScenario());
    session.host.setSpeed(5);
    await session.runFor(10);
    await session.archive.whenIdle();
    const before = session.archive.durablePosition;
    const full = vi
      .spyOn(session.workerArchive()!.db.eventBatches, 'add')
      .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

    await session.runFor(10);
    await session.archive.whenIdle();
    expect(errors).toHaveLength(1);
    expect(statusForStorageError(errors[0]).kind).toBe('quota');
    expect(session.archive.durablePosition).toBe(before);
    expect(await session.archive.count()).toBe(before);

    full.mockRestore();
    session.archive.retry();
    await settle();
    await session.archive.whenIdle();
    const engineCount = session.pageSnapshots.at(-1)!.events;
    expect(engineCount).toBeGreaterThan(before);
    expect(session.archive.durablePosition).toBe(engineCount);
    expect(await session.archive.count()).toBe(engineCount);
  });

  it('when the database cannot be opened in the worker, then opening rejects with an error the page reads as storage unavailable', async () => {
    const channel = new MessageChannel();
    const engine = new InlineEngineHost(new FakeTicker());
    const refuse = () => Promise.reject(new DatabaseOpenError('blocked-db', new Error('blocked')));
    Comlink.expose(
      {
        ...createEngineEndpoint(engine),
        ...createArchiveEndpoint(archiveBehindEngine(engine), refuse),
      },
      channel.port1,
    );
    const host = new WorkerEngineHost(channel.port2);
    closeAfterTest(() => {
      host.dispose();
      channel.port1.close();
      channel.port2.close();
    });

    const opening = host.archive().open(uniqueName('worker-refused'));
    const error = await opening.catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(Error);
    expect(statusForStorageError(error).kind).toBe('unavailable');
    expect((error as Error).message).toContain('blocked-db');
  });
});
