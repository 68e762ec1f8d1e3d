import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../../src/core/messages/event';
import { attachEventLogSource } from '../../../src/infra/log-source/attach-event-log-source';
import { DexieEventLogSource } from '../../../src/infra/log-source/dexie-event-log-source';
import { type LogEntry, LogTestSource, twoOrderFlows } from '../../support/log-test-source';
import { openArchive } from './workspace-fixture';

/** Stored events with positions 1..n, as the engine hands them to the archive. */
async function storedLog(entries: readonly LogEntry[]): Promise<StoredEvent[]> {
  const source = new LogTestSource(entries);
  return source.readAll(1, entries.length);
}

function manyEvents(count: number): LogEntry[] {
  return Array.from({ length: count }, (_, index) => ({
    type: index % 3 === 0 ? 'order.placed' : 'saga.started',
    streamId: `stream-${index % 7}`,
    correlationId: `c-${index % 5}`,
  }));
}

/** An archive holding `entries`, and a log source over it. */
async function archivedLog(label: string, entries: readonly LogEntry[]) {
  const opened = await openArchive(label, 400);
  opened.archive.reset();
  opened.archive.append(await storedLog(entries));
  await opened.archive.whenIdle();
  return { ...opened, source: new DexieEventLogSource(opened.archive) };
}

const positions = (events: readonly StoredEvent[]) => events.map((event) => event.position);

describe('given the Dexie log source over the archive', () => {
  it('when pages are read by position, then each holds up to the limit in order and none goes past the head', async () => {
    const { source } = await archivedLog('paging', manyEvents(1_200));
    expect(await source.head()).toBe(1_200);

    const first = await source.readAll(1, 500);
    expect(positions(first)).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
    const last = await source.readAll(1_001, 500);
    expect(positions(last)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1_001));
    expect(await source.readAll(1_201, 500)).toEqual([]);
    expect(positions(await source.readAll(0, 2))).toEqual([1, 2]);
  });

  it('when a correlation is read, then its events come back in position order through the index', async () => {
    const { source } = await archivedLog('correlation', twoOrderFlows());
    const flow = await source.readCorrelation('c-1');
    expect(flow.map((event) => [event.position, event.type])).toEqual([
      [1, 'order.placed'],
      [2, 'saga.started'],
      [3, 'inventory.reserved'],
      [6, 'order.confirmed'],
    ]);
    expect(await source.readCorrelation('unknown')).toEqual([]);
  });

  it('when a stream is read, then its events come back in version order', async () => {
    const { source } = await archivedLog('stream', twoOrderFlows());
    const stream = await source.readStream('order-o-1');
    expect(stream.map((event) => [event.streamVersion, event.position])).toEqual([
      [1, 1],
      [2, 6],
    ]);
    expect(await source.readStream('order-o-404')).toEqual([]);
  });

  it('when the archive commits and a new run clears it, then listeners get each new head and reads follow it', async () => {
    const { archive, source } = await archivedLog('head', twoOrderFlows());
    const heads: number[] = [];
    source.onHeadChange((head) => heads.push(head));

    // A new run: the head drops at once, before the old rows are deleted.
    archive.reset();
    expect(await source.head()).toBe(0);
    expect(await source.readAll(1, 10)).toEqual([]);
    expect(await source.readCorrelation('c-1')).toEqual([]);

    const nextRun = await storedLog(manyEvents(30));
    archive.append(nextRun);
    await archive.whenIdle();

    expect(heads[0]).toBe(0);
    expect(heads.at(-1)).toBe(30);
    // The archive reopened its connection after clearing; the source reads the new one.
    expect((await source.readAll(1, 100)).map((event) => event.id)).toEqual(
      nextRun.map((event) => event.id),
    );
  });

  it('when it unsubscribes, then it hears no more heads', async () => {
    const { archive, source } = await archivedLog('unsubscribe', twoOrderFlows());
    const heads: number[] = [];
    const stop = source.onHeadChange((head) => heads.push(head));
    stop();
    archive.reset();
    expect(heads).toEqual([]);
  });
});

describe('given attachEventLogSource', () => {
  it('when storage opened, then a source over the archive is attached', async () => {
    const { archive } = await archivedLog('attach', twoOrderFlows());
    const attached: DexieEventLogSource[] = [];
    attachEventLogSource({ ready: Promise.resolve(true), storage: () => ({ archive }) }, (source) =>
      attached.push(source),
    );
    await Promise.resolve();
    await Promise.resolve();
    expect(attached).toHaveLength(1);
    expect(await attached[0]?.head()).toBe(7);
  });

  it('when storage could not open, then nothing is attached', async () => {
    const attached: unknown[] = [];
    attachEventLogSource({ ready: Promise.resolve(false), storage: () => null }, (source) =>
      attached.push(source),
    );
    await Promise.resolve();
    await Promise.resolve();
    expect(attached).toEqual([]);
  });
});
