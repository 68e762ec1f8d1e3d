import { describe, expect, it } from 'vitest';
import { envelopes, openStore, uniqueDbName } from './dexie-fixture';

// Two stores on one database stand in for two tabs: each one's cache goes stale when the
// other writes, and the unique indexes plus the verified retry must keep the log correct.
describe('Dexie store with a second writer on the same database', () => {
  const twoWriters = async (label: string) => {
    const name = uniqueDbName(label);
    return [await openStore(label, name), await openStore(label, name)] as const;
  };

  it('given a stale head, when appending, then positions continue after the other writer without gaps', async () => {
    const [tabA, tabB] = await twoWriters('shared-head');
    await tabA.append('x', envelopes('a', 3));
    const result = await tabB.append('y', envelopes('b', 2));
    expect(result.appended.map((e) => e.position)).toEqual([4, 5]);
    expect((await tabA.readAll()).map((e) => e.position)).toEqual([1, 2, 3, 4, 5]);
    expect(tabB.durablePosition).toBe(5);
  });

  it('given a stale stream version, when appending with the old expected version, then ConcurrencyError reports the real version', async () => {
    const [tabA, tabB] = await twoWriters('shared-conflict');
    await tabB.append('x', envelopes('b', 1), { expectedVersion: 'noStream' });
    await tabA.append('x', envelopes('a', 2), { expectedVersion: 1 });
    await expect(
      tabB.append('x', envelopes('late', 1), { expectedVersion: 1 }),
    ).rejects.toMatchObject({ name: 'ConcurrencyError', expected: 1, actual: 3 });
    expect(await tabB.streamVersion('x')).toBe(3);
  });

  it('given a stale stream version, when appending with the true expected version, then it succeeds', async () => {
    const [tabA, tabB] = await twoWriters('shared-true');
    await tabB.append('x', envelopes('b', 1), { expectedVersion: 'noStream' });
    await tabA.append('x', envelopes('a', 2), { expectedVersion: 1 });
    const result = await tabB.append('x', envelopes('c', 1), { expectedVersion: 3 });
    expect(result.appended[0]).toMatchObject({ streamVersion: 4, position: 4 });
  });

  it('given a stream only the other writer has seen, when appending as if it were new, then ConcurrencyError and nothing is stored', async () => {
    const [tabA, tabB] = await twoWriters('shared-new-stream');
    await tabA.append('x', envelopes('a', 2), { expectedVersion: 'noStream' });
    // tabB has never read 'x': it takes the request's word that the stream is new, and the
    // [streamId+streamVersion] index must catch that it is not.
    for (const expectedVersion of ['noStream', 0] as const) {
      await expect(
        tabB.append('x', envelopes(`b${expectedVersion}`, 1), { expectedVersion }),
      ).rejects.toMatchObject({ name: 'ConcurrencyError', actual: 2 });
    }
    expect((await tabA.readAll()).map((e) => e.id)).toEqual(['a-1', 'a-2']);
    const fresh = await tabB.append('y', envelopes('c', 1), { expectedVersion: 'noStream' });
    expect(fresh.appended[0]).toMatchObject({ streamVersion: 1, position: 3 });
  });
});
