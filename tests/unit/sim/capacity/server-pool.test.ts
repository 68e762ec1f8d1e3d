import { describe, expect, it } from 'vitest';
import { ServerPool } from '../../../../src/sim/components/server-pool';

/** A pool whose jobs finish only when the test says so; records the order they start in. */
function poolOf(servers: number | undefined) {
  const started: string[] = [];
  const finishers = new Map<string, () => void>();
  const pool = new ServerPool<string>(
    () => servers,
    (job, finished) => {
      started.push(job);
      finishers.set(job, finished);
    },
  );
  const finish = (job: string) => finishers.get(job)?.();
  return { pool, started, finish };
}

describe('given a pool of 2 servers sharing one waiting line', () => {
  it('when 4 jobs arrive, then 2 start and the others start in arrival order as servers free', () => {
    const { pool, started, finish } = poolOf(2);
    for (const job of ['a', 'b', 'c', 'd']) pool.submit(job);
    expect(started).toEqual(['a', 'b']);
    finish('b');
    expect(started).toEqual(['a', 'b', 'c']);
    finish('b'); // a second call of the same finisher frees nothing more
    expect(started).toEqual(['a', 'b', 'c']);
    finish('a');
    expect(started).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('given a pool with no limit', () => {
  it('when jobs arrive, then each starts at once', () => {
    const { pool, started } = poolOf(undefined);
    for (const job of ['a', 'b', 'c']) pool.submit(job);
    expect(started).toEqual(['a', 'b', 'c']);
  });
});
