import { describe, expect, it } from 'vitest';
import {
  type ReadConsistency,
  type ReadProgress,
  readVerdict,
  stalenessOf,
} from '../../../src/core/cqrs/read-consistency';

const eventual: ReadConsistency = { readYourWrites: false, maxWaitMs: 5_000 };
const readYourWrites: ReadConsistency = { readYourWrites: true, maxWaitMs: 5_000 };

/** A read of a write at position 12, asked just now of a projection that can still catch up. */
const asked = (progress: Partial<ReadProgress> = {}): ReadProgress => ({
  checkpoint: 12,
  minPosition: 12,
  waitedMs: 0,
  canWait: true,
  ...progress,
});

describe('given a projection that has applied the write a read depends on', () => {
  it('when read eventually or for its writes, then the answer is fresh at once', () => {
    for (const consistency of [eventual, readYourWrites]) {
      expect(readVerdict(consistency, asked({ checkpoint: 15 }))).toEqual({
        kind: 'answer',
        stale: false,
      });
    }
  });
});

describe('given a projection behind the write a read depends on', () => {
  const behind = asked({ checkpoint: 9 });

  it('when read eventually, then it answers at once, stale, because it did not ask to wait', () => {
    expect(readVerdict(eventual, behind)).toEqual({
      kind: 'answer',
      stale: true,
      reason: 'eventual',
    });
  });

  it('when read for its writes, then the read is held', () => {
    expect(readVerdict(readYourWrites, behind)).toEqual({ kind: 'wait' });
    expect(readVerdict(readYourWrites, { ...behind, waitedMs: 4_999 })).toEqual({ kind: 'wait' });
  });

  it('when a held read has waited the longest it may, then it gives up and answers stale', () => {
    expect(readVerdict(readYourWrites, { ...behind, waitedMs: 5_000 })).toEqual({
      kind: 'answer',
      stale: true,
      reason: 'gave-up',
    });
  });

  it('when nothing can move the projection (a paused run), then it answers stale instead of waiting', () => {
    expect(readVerdict(readYourWrites, { ...behind, canWait: false })).toEqual({
      kind: 'answer',
      stale: true,
      reason: 'cannot-wait',
    });
  });

  it('when the projection catches up while the read is held, then the next look answers fresh', () => {
    expect(readVerdict(readYourWrites, { ...behind, checkpoint: 12, waitedMs: 40 })).toEqual({
      kind: 'answer',
      stale: false,
    });
  });
});

describe('given an answer from a projection at position 80 of a 120-event log', () => {
  it('when it needed position 100, then it is stale and 40 events behind the head', () => {
    expect(stalenessOf(80, 100, 120)).toEqual({
      position: 80,
      minPosition: 100,
      head: 120,
      lagPositions: 40,
      stale: true,
    });
  });

  it('when it needed position 80, then it is fresh though still behind the head', () => {
    expect(stalenessOf(80, 80, 120)).toMatchObject({ stale: false, lagPositions: 40 });
  });

  it('when the head read is older than the position (read before a restore), then lag is 0, not negative', () => {
    expect(stalenessOf(80, 0, 70).lagPositions).toBe(0);
  });
});
