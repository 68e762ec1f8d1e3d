import { describe, expect, it } from 'vitest';
import { CheckpointedProjection } from '../../../src/core/projections/checkpointed-projection';
import type { Projection } from '../../../src/core/projections/projection';
import {
  ProjectionGapError,
  SnapshotMismatchError,
} from '../../../src/core/projections/projection-errors';
import { orderConfirmed, orderPlaced } from '../../support/order-fixtures';
import { storedHistory } from '../../support/stored-history';

/** Counts the events it handles and remembers their positions: shows exactly what was applied. */
const counter: Projection<{ seen: number[] }> = {
  name: 'counter',
  initial: () => ({ seen: [] }),
  canHandle: (type) => type === 'order.placed',
  evolve: (model, event) => {
    model.seen.push(event.position);
    return model;
  },
};

const log = storedHistory([
  { event: orderPlaced('o-1') },
  { event: orderConfirmed('o-1') },
  { event: orderPlaced('o-2') },
]);
const [first, second, third] = log as [(typeof log)[0], (typeof log)[0], (typeof log)[0]];

describe('given a fresh checkpointed projection', () => {
  it('when the log is applied, then the checkpoint follows every position, handled or not', () => {
    const running = new CheckpointedProjection(counter);
    expect(log.map((event) => running.apply(event))).toEqual([true, true, true]);
    expect(running.checkpoint).toBe(3);
    expect(running.model.seen).toEqual([1, 3]);
  });

  it('when a position is applied twice, then the second time is ignored', () => {
    const running = new CheckpointedProjection(counter);
    running.apply(first);
    expect(running.apply(first)).toBe(false);
    expect(running.model.seen).toEqual([1]);
  });

  it('when a position is skipped, then ProjectionGapError names the missing range', () => {
    const running = new CheckpointedProjection(counter);
    running.apply(first);
    expect(() => running.apply(third)).toThrow(ProjectionGapError);
    expect(() => running.apply(third)).toThrow(
      'Projection "counter" is at position 1 and cannot apply position 3: events 2..2 are missing',
    );
    expect(running.checkpoint).toBe(1);
  });
});

describe('given a snapshot', () => {
  it('when restored elsewhere, then it continues from the checkpoint without aliasing', () => {
    const running = new CheckpointedProjection(counter);
    running.apply(first);
    running.apply(second);
    const snapshot = JSON.parse(JSON.stringify(running.snapshot()));
    expect(snapshot).toEqual({ name: 'counter', checkpoint: 2, model: { seen: [1] } });

    const restored = new CheckpointedProjection(counter);
    restored.restore(snapshot);
    expect(restored.apply(second)).toBe(false);
    restored.apply(third);
    expect(restored.model.seen).toEqual([1, 3]);
    expect(snapshot.model.seen).toEqual([1]);
  });

  it('when restored into a projection of another name, then SnapshotMismatchError', () => {
    const running = new CheckpointedProjection(counter);
    expect(() => running.restore({ name: 'other', checkpoint: 0, model: { seen: [] } })).toThrow(
      SnapshotMismatchError,
    );
  });

  it('when reset, then the model and checkpoint start over', () => {
    const running = new CheckpointedProjection(counter);
    running.apply(first);
    running.reset();
    expect(running.checkpoint).toBe(0);
    expect(running.model.seen).toEqual([]);
  });
});
