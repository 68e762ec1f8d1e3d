import { describe, expect, it } from 'vitest';
import { DeadLettersModel } from '../../../src/state/dlq/dead-letters-model';
import { letterEvent } from '../../support/dead-letter-events';

/** One event of the log: a queue's park or redrive, or anything else. */
const event = (position: number, streamId: string, type: string, eventId = '') =>
  letterEvent(position, type, eventId, { streamId });

describe('given the Dead Letter Queues model fed two queues and other streams', () => {
  const log = [
    event(1, 'dlq-first', 'deadletter.added', 'a'),
    event(2, 'order-o-1', 'order.placed'),
    event(3, 'dlq-second', 'deadletter.added', 'b'),
    event(4, 'dlq-first', 'deadletter.added', 'c'),
    event(5, 'dlq-first', 'deadletter.redriven', 'a'),
  ];

  it('when the log is applied in two batches, then each queue lists what it still holds, oldest first', () => {
    const model = new DeadLettersModel();
    model.apply(log.slice(0, 2));
    model.apply(log.slice(2));
    expect(model.snapshot.letters('first').map((letter) => letter.eventId)).toEqual(['c']);
    expect(model.snapshot.letters('second').map((letter) => letter.eventId)).toEqual(['b']);
    expect(model.snapshot.letters('none')).toEqual([]);
    expect(model.snapshot.through).toBe(5);
  });

  it('when a batch arrives, then listeners hear of it and the snapshot is a new object', () => {
    const model = new DeadLettersModel();
    let heard = 0;
    model.subscribe(() => {
      heard += 1;
    });
    const before = model.snapshot;
    model.apply(log);
    expect(heard).toBe(1);
    expect(model.snapshot).not.toBe(before);
    expect(model.snapshot.version).toBe(before.version + 1);
  });

  it('when it is reset (a new run, another log shown), then no queue holds anything', () => {
    const model = new DeadLettersModel();
    model.apply(log);
    model.reset();
    expect(model.snapshot.letters('first')).toEqual([]);
    expect(model.snapshot.letters('second')).toEqual([]);
    expect(model.snapshot.through).toBe(0);
  });
});
