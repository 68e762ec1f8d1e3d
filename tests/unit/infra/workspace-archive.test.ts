import { describe, expect, it, vi } from 'vitest';
import { appendBatch, readAllEvents, readHead } from '../../../src/infra/db/event-batches';
import { EventfoldDb } from '../../../src/infra/db/schema';
import { QuotaExceededError } from '../../../src/infra/store/storage-errors';
import { ArchiveConnection } from '../../../src/infra/workspace/archive-connection';
import { recordRun } from '../../../src/sim/host/run-recorder';
import { statusForStorageError } from '../../../src/state/persistence/storage-status';
import { pipelineScenario } from '../sim/host/host-fixtures';
import { closeAfterTest, engineHarness, openArchive, places } from './workspace-fixture';

/** An archive fed by a recording engine that has loaded the pipeline scenario at 5x. */
async function recordedEngine(label: string, maxBatchEvents?: number) {
  const opened = await openArchive(label, maxBatchEvents);
  const engine = engineHarness();
  recordRun(engine.host, opened.archive);
  engine.host.load(pipelineScenario());
  engine.host.setSpeed(5);
  return { ...opened, ...engine };
}

describe('given the event archive recording an engine run', () => {
  it('when the run has produced events, then each is stored at the position the engine gave it', async () => {
    const { archive, runFor, last, eventsOf, errors } = await recordedEngine('positions', 50);
    runFor(40);
    await archive.whenIdle();

    const engineEvents = eventsOf(last().runId);
    expect(engineEvents.length).toBe(last().events);
    expect(engineEvents.length).toBeGreaterThan(100);
    expect(places(await readAllEvents(archive.db))).toEqual(places(engineEvents));
    expect(await archive.count()).toBe(last().events);
    expect(archive.durablePosition).toBe(last().events);
    expect(errors).toEqual([]);
  });

  it('when a new run starts, then the old run is cleared before the new run is stored from 1', async () => {
    const { archive, host, runFor, last, eventsOf } = await recordedEngine('new-run');
    runFor(20);
    await archive.whenIdle();
    const firstRun = last().runId;
    expect(await archive.count()).toBe(last().events);

    host.reset();
    runFor(8);
    await archive.whenIdle();

    expect(last().runId).not.toBe(firstRun);
    const secondRunEvents = eventsOf(last().runId);
    expect(places(await readAllEvents(archive.db))).toEqual(places(secondRunEvents));
    expect(archive.durablePosition).toBe(last().events);
  });

  it('when a batch of the old run is still being written as a new run starts, then it does not end up in the new run', async () => {
    const { archive, host, runFor, last, eventsOf } = await recordedEngine('stale-batch');
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const original = ArchiveConnection.prototype.append;
    const held: Promise<unknown>[] = [];
    let holding = true;
    const spy = vi.spyOn(ArchiveConnection.prototype, 'append').mockImplementation(function (
      this: ArchiveConnection,
      ...args
    ) {
      if (!holding) return original.apply(this, args);
      const call = gate.then(() => original.apply(this, args));
      held.push(call);
      return call;
    });
    closeAfterTest(() => spy.mockRestore());
    runFor(10);
    // The old run's first batch is in flight (held), when the run is reset and runs again.
    await vi.waitFor(() => expect(held.length).toBeGreaterThan(0));
    host.reset();
    runFor(6);
    holding = false;
    release();
    await archive.whenIdle();

    // The held batch did commit (its write resolved), then was cleared with the old run.
    await expect(Promise.all(held)).resolves.toBeDefined();
    expect(places(await readAllEvents(archive.db))).toEqual(places(eventsOf(last().runId)));
    expect(archive.durablePosition).toBe(last().events);
  });

  it('when storage is full, then writing halts with the quota error, nothing partial is stored, and retry writes it all', async () => {
    const { archive, runFor, last, eventsOf, errors } = await recordedEngine('quota');
    runFor(10);
    await archive.whenIdle();
    const before = await archive.count();
    expect(before).toBe(last().events);
    vi.spyOn(archive.db.eventBatches, 'add').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );

    runFor(10);
    await archive.whenIdle();

    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(QuotaExceededError);
    expect(statusForStorageError(errors[0]).kind).toBe('quota');
    expect(await archive.count()).toBe(before);
    expect(archive.durablePosition).toBe(before);
    expect(archive.pendingCount).toBe(last().events - before);

    archive.retry();
    await archive.whenIdle();
    expect(places(await readAllEvents(archive.db))).toEqual(places(eventsOf(last().runId)));
    expect(archive.durablePosition).toBe(last().events);
  });

  it('when another writer took a position, then the mismatch is reported instead of diverging', async () => {
    const { archive, name, host, runFor, errors } = await recordedEngine('mismatch');
    runFor(4);
    await archive.whenIdle();
    const intruder = new EventfoldDb(name);
    closeAfterTest(() => intruder.close());
    const head = await readHead(intruder);
    await appendBatch(intruder, [
      {
        position: head + 1,
        id: 'intruder-1',
        type: 'test.intruded',
        time: 0,
        schemaVersion: 1,
        source: 'test',
        streamId: 'intruder',
        streamVersion: 1,
        correlationId: 'intruder-1',
        causationId: null,
        metadata: {},
        data: {},
      },
    ]);

    host.run();
    runFor(4);
    await archive.whenIdle();

    expect(errors.map((error) => (error as { code?: string }).code)).toEqual(['position-mismatch']);
    expect(errors[0]?.message).toMatch(
      /holds events through position \d+, but the engine's next event is at position \d+/,
    );
    expect(statusForStorageError(errors[0]).kind).toBe('failed');
  });

  it('when events skip a position, then the archive refuses them and says so', async () => {
    const { archive, errors } = await openArchive('gap');
    const engine = engineHarness();
    engine.host.load(pipelineScenario());
    engine.runFor(4);
    const events = engine.eventsOf(engine.last().runId);
    archive.reset();
    archive.append(events.slice(2));
    await archive.whenIdle();
    expect(errors.map((error) => (error as { code?: string }).code)).toEqual(['event-gap']);
    expect(await archive.count()).toBe(0);
  });
});
