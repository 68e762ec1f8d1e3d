import { describe, expect, it } from 'vitest';
import { EventfoldDb } from '../../../src/infra/db/schema';
import { DexieEventArchive } from '../../../src/infra/workspace/dexie-event-archive';
import { eventsFrom } from './dexie-fixture';
import { closeAfterTest, openArchive, uniqueName } from './workspace-fixture';

async function reopen(name: string): Promise<DexieEventArchive> {
  const archive = await DexieEventArchive.open({ createDb: () => new EventfoldDb(name) });
  closeAfterTest(() => archive.close());
  return archive;
}

describe('DexieEventArchive durable position', () => {
  it('given an empty archive, when batches commit, then listeners hear each new durable position', async () => {
    const { archive } = await openArchive('durable', 3);
    const heard: number[] = [];
    archive.onDurablePositionChange((position) => heard.push(position));
    expect(archive.durablePosition).toBe(0);
    archive.append(eventsFrom(1, 3));
    await archive.whenIdle();
    archive.append(eventsFrom(4, 5));
    await archive.whenIdle();
    // Five events in records of at most three: 6, then 8.
    expect(heard).toEqual([3, 6, 8]);
    expect(archive.durablePosition).toBe(8);
  });

  it('given an archive that was written and closed, when it is reopened, then it knows its durable position and continues it', async () => {
    const name = uniqueName('durable-reopen');
    const first = await reopen(name);
    first.append(eventsFrom(1, 4));
    await first.whenIdle();
    first.close();

    const reopened = await reopen(name);
    expect(reopened.durablePosition).toBe(4);
    reopened.append(eventsFrom(5, 1));
    await reopened.whenIdle();
    expect(await reopened.count()).toBe(5);
  });

  it('given a listener that throws, when a batch commits, then writing goes on and the other listeners still hear it', async () => {
    const { archive, errors } = await openArchive('durable-throwing');
    const heard: number[] = [];
    const unhandled: unknown[] = [];
    const onUnhandled = (error: unknown) => unhandled.push(error);
    process.on('uncaughtException', onUnhandled);
    archive.onDurablePositionChange(() => {
      throw new Error('listener broke');
    });
    archive.onDurablePositionChange((position) => heard.push(position));
    try {
      archive.append(eventsFrom(1, 1));
      await archive.whenIdle();
      archive.append(eventsFrom(2, 1));
      await archive.whenIdle();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(heard).toEqual([1, 2]);
      expect(await archive.count()).toBe(2);
      expect(errors).toEqual([]);
      // Reported, not swallowed: rethrown outside the storage path.
      expect(unhandled).toEqual([new Error('listener broke'), new Error('listener broke')]);
    } finally {
      process.off('uncaughtException', onUnhandled);
    }
  });
});
