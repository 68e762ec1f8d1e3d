import { describe, expect, it } from 'vitest';
import type { DeadLetterQueueComponent } from '../../../../src/sim/components/dlq/dead-letter-queue-component';
import {
  deadLetterStreamId,
  parkedLetters,
} from '../../../../src/sim/components/dlq/parked-letters';
import { Simulation } from '../../../../src/sim/engine/simulation';
import { scenarioFor } from '../../../support/sim-arbitrary';

/** The example with a consumer that fails often: letters pile up in the DLQ. */
function failingRun() {
  const sim = new Simulation(
    scenarioFor({
      seed: 11,
      partitions: 3,
      delivery: 'at-least-once',
      duplicateRate: 0.2,
      dropRate: 0,
      consumerIdempotent: true,
      consumerInstances: 2,
      consumerFailureRate: 0.95,
      paymentFailureRate: 0,
      inventoryFailureRate: 0,
      crash: null,
      orders: 150,
    }),
  );
  const dlq = sim.component('dlq') as DeadLetterQueueComponent;
  const folded = () =>
    parkedLetters(
      sim.ctx.log.readStreamSync(deadLetterStreamId('dlq'), 1, Number.MAX_SAFE_INTEGER),
    );
  const held = () =>
    dlq.entries().map((entry) => ({
      key: entry.key,
      eventId: entry.event.id,
      eventType: entry.event.type,
      subscriberId: entry.subscriberId,
      attempts: entry.attempts,
      lastError: entry.lastError,
    }));
  const shown = () =>
    folded().map(({ key, eventId, eventType, subscriberId, attempts, lastError }) => ({
      key,
      eventId,
      eventType,
      subscriberId,
      attempts,
      lastError,
    }));
  return { sim, dlq, folded, held, shown };
}

describe('given a Dead Letter Queue whose consumer keeps failing', () => {
  it('when its stream is folded, then it lists exactly the letters the queue holds, oldest first', () => {
    const { sim, held, shown } = failingRun();
    sim.runUntil(80_000);
    expect(held().length).toBeGreaterThan(10);
    expect(shown()).toEqual(held());
  });

  it('when some letters are redriven and more fail, then the fold still equals the queue', () => {
    const { sim, dlq, held, shown } = failingRun();
    sim.runUntil(40_000);
    const [first, , third] = dlq.entries();
    expect(dlq.redrive(first!.key)).toBe(true);
    expect(dlq.discard(third!.key)).toBe(true);
    sim.runUntil(80_000);
    expect(shown()).toEqual(held());
    dlq.redriveAll();
    expect(shown()).toEqual(held());
  });

  it('when all are redriven, then the fold is empty', () => {
    const { sim, dlq, folded } = failingRun();
    sim.runUntil(40_000);
    expect(folded().length).toBeGreaterThan(0);
    dlq.redriveAll();
    expect(folded()).toEqual([]);
  });

  it('when a letter is parked, then it carries when it was parked and its correlation', () => {
    const { sim, folded } = failingRun();
    sim.runUntil(40_000);
    const [letter] = folded();
    expect(letter?.parkedAt).toBeGreaterThan(0);
    expect(letter?.lastParkedAt).toBeGreaterThanOrEqual(letter!.parkedAt);
    expect(letter?.correlationId).toBeTruthy();
  });
});
