import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { EventfoldDb } from '../../../src/infra/db/schema';
import { IndexedDbImportedLogKeeper } from '../../../src/infra/transfer/imported-log-keeper';
import { TransferCancelledError } from '../../../src/infra/transfer/transfer-cancelled';
import { exampleLog } from '../sim/import/import-fixtures';

let counter = 0;
const names: string[] = [];

function freshKeeper(): IndexedDbImportedLogKeeper {
  counter += 1;
  const name = `eventfold-imported-test-${counter}`;
  names.push(name);
  return new IndexedDbImportedLogKeeper(name);
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

// ~12,000 events: three records of the keeper's write (5,000 events per record).
const first = { fileName: 'shop.ndjson', events: exampleLog(36_000) };
const second = { fileName: 'other.csv', events: exampleLog(300) };

describe('given the keeper of an imported log', () => {
  it('when nothing was kept, then it loads nothing', async () => {
    expect(await freshKeeper().load()).toBeNull();
  });

  it('when a log is kept, then a later load returns its file name and every event in order', async () => {
    const keeper = freshKeeper();
    const progress: number[] = [];
    await keeper.keep(first, { onProgress: (written) => progress.push(written) });
    expect(await keeper.load()).toEqual(first);
    // Written as records inside the one transaction, each reported.
    expect(first.events.length).toBeGreaterThan(10_000);
    expect(progress).toEqual([5_000, 10_000, first.events.length]);
  });

  it('when another log is kept, then it replaces the first whole', async () => {
    const keeper = freshKeeper();
    await keeper.keep(first);
    await keeper.keep(second);
    expect(await keeper.load()).toEqual(second);
  });

  it('when keeping is cancelled midway, then it rejects as cancelled and the previous log stays whole', async () => {
    const keeper = freshKeeper();
    await keeper.keep(second);
    const controller = new AbortController();
    const keeping = keeper.keep(first, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(keeping).rejects.toBeInstanceOf(TransferCancelledError);
    expect(await keeper.load()).toEqual(second);
  });

  it('when it is discarded, then nothing loads and its records are gone', async () => {
    const keeper = freshKeeper();
    await keeper.keep(first);
    await keeper.discard();
    expect(await keeper.load()).toBeNull();
    const db = new EventfoldDb(names.at(-1));
    expect(await db.eventBatches.count()).toBe(0);
    db.close();
  });

  it('when the count written with the log does not match its events, then it is not shown', async () => {
    const keeper = freshKeeper();
    await keeper.keep(first);
    const db = new EventfoldDb(names.at(-1));
    // Drop the first record (events 1..5,000), as a partial write or a tampering would.
    await db.eventBatches.delete(1);
    db.close();
    expect(await keeper.load()).toBeNull();
  });
});

describe('given a visit that never imported', () => {
  it('when the keeper is asked for a kept log, then it answers none without creating its database', async () => {
    const keeper = freshKeeper();
    expect(await keeper.load()).toBeNull();
    expect(await Dexie.exists(names.at(-1)!)).toBe(false);
  });
});

describe('given a discard and a keep made back to back', () => {
  it('when both run, then they run in the order made and the new log stays', async () => {
    const keeper = freshKeeper();
    await keeper.keep(first);
    const dropping = keeper.discard();
    const keeping = keeper.keep(second);
    await Promise.all([dropping, keeping]);
    expect(await keeper.load()).toEqual(second);
  });
});
