import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/core/messages/event';
import { isPoisonMessage } from '../../src/sim/components/consumer/poison';
import type { HostSnapshot } from '../../src/sim/host/engine-host';
import { InlineEngineHost } from '../../src/sim/host/inline-engine-host';
import { dlqOf, metricsOf, pipeline } from '../unit/sim/delivery/pipeline-scenario';
import { FakeTicker } from '../unit/sim/host/fake-ticker';

const SEED = 20_260_710;
const ORDERS = 5_000;
const POISON_RATE = 0.01;
const ATTEMPTS = 3;
/** Long enough for every order to be placed and every retry to run out. */
const FIRST_RUN_MS = 120_000;
const AFTER_REDRIVE_MS = 60_000;

/** Order API (ORDERS orders) -> ... -> bus -> worker (1% poison) -> dead-letter queue. */
function poisonedPipeline() {
  return pipeline({
    seed: SEED,
    producer: { maxOrders: ORDERS, ratePerSecond: 100 },
    consumers: [
      {
        id: 'worker',
        config: {
          latency: { medianMs: 5, sigma: 0.2 },
          poisonRate: POISON_RATE,
          retry: {
            initialIntervalMs: 200,
            backoffCoefficient: 2,
            maximumIntervalMs: 5_000,
            maximumAttempts: ATTEMPTS,
          },
        },
        dlq: { id: 'dlq', capacity: 10_000 },
      },
    ],
  });
}

/** The events the worker is handed: everything its default pattern `order.*` matches. */
const delivered = (events: readonly StoredEvent[]) =>
  events.filter((event) => event.type.startsWith('order.'));

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe(`given a consumer for which 1% of messages are poison, chosen by event id (seed ${SEED})`, () => {
  it('when the retries run out, then exactly the poison messages are in the dead-letter queue, and after the fix and a redrive the queue is empty and the lag 0', () => {
    const sim = poisonedPipeline();
    const worker = sim.scenario.components.find((component) => component.id === 'worker');
    expect(worker?.config).toMatchObject({ poisonRate: POISON_RATE });
    sim.runUntil(FIRST_RUN_MS);

    const handed = delivered(sim.events());
    const expectedPoison = sorted(
      handed.filter((event) => isPoisonMessage(event.id, POISON_RATE)).map((event) => event.id),
    );
    const entries = dlqOf(sim, 'dlq').entries();
    const parked = sorted(entries.map((entry) => entry.event.id));
    const lagBefore = metricsOf(sim, 'bus').extra.consumerLag;

    sim.reconfigure('worker', { poisonRate: 0 });
    const redriven = dlqOf(sim, 'dlq').redriveAll();
    sim.runUntil(FIRST_RUN_MS + AFTER_REDRIVE_MS);
    const after = {
      deadLetters: dlqOf(sim, 'dlq').entries().length,
      lag: metricsOf(sim, 'bus').extra.consumerLag,
      applied: metricsOf(sim, 'worker').extra.applied,
    };
    console.log(
      `[poison-dlq seed=${SEED}] ${handed.length} messages handed to the worker, ${expectedPoison.length} poison (${((100 * expectedPoison.length) / handed.length).toFixed(2)}%), ${parked.length} in the DLQ after ${ATTEMPTS} attempts each (lag ${lagBefore}); fixed and redrove ${redriven}: DLQ ${after.deadLetters}, lag ${after.lag}, applied ${after.applied}`,
    );

    expect(handed.length).toBeGreaterThanOrEqual(ORDERS);
    expect(expectedPoison.length).toBeGreaterThan(handed.length * 0.005);
    expect(expectedPoison.length).toBeLessThan(handed.length * 0.015);
    expect(parked).toEqual(expectedPoison);
    expect(entries.every((entry) => entry.attempts === ATTEMPTS)).toBe(true);
    expect(entries.every((entry) => entry.lastError.includes('poison message'))).toBe(true);
    expect(lagBefore).toBe(0);
    expect(redriven).toBe(expectedPoison.length);
    expect(after).toEqual({ deadLetters: 0, lag: 0, applied: handed.length });
  });

  it('when the same fix and redrive go through the engine host, then its snapshots show the queue emptied and no lag, and the log records each redrive', () => {
    const ticker = new FakeTicker();
    const host = new InlineEngineHost(ticker);
    const log: StoredEvent[] = [];
    let latest: HostSnapshot | null = null;
    host.subscribe((snapshot) => {
      latest = snapshot;
      log.push(...snapshot.newEvents.events);
    });
    host.load(poisonedPipeline().scenario);
    host.setSpeed('max');
    const runUntil = (timeMs: number) => {
      host.run();
      for (let frame = 0; (latest?.time ?? 0) < timeMs && frame < 10_000; frame += 1) {
        ticker.advanceFrames(1, 16);
      }
      host.pause();
      ticker.advanceFrames(1, 16);
    };
    const component = (id: string) => latest!.components.find((c) => c.id === id)!.extra;

    runUntil(FIRST_RUN_MS);
    const poison = sorted(
      delivered(log)
        .filter((event) => isPoisonMessage(event.id, POISON_RATE))
        .map((event) => event.id),
    );
    const added = sorted(
      log.filter((e) => e.type === 'deadletter.added').map((e) => e.causationId ?? ''),
    );
    const parkedBefore = component('dlq').deadLetters;
    host.reconfigure('worker', { poisonRate: 0 });
    host.redrive('dlq', 'all');
    runUntil(FIRST_RUN_MS + AFTER_REDRIVE_MS);
    const redrivenIds = sorted(
      log.filter((e) => e.type === 'deadletter.redriven').map((e) => e.causationId ?? ''),
    );
    console.log(
      `[poison-dlq seed=${SEED}] via the host: ${poison.length} poison, ${parkedBefore} parked, ${redrivenIds.length} redriven; then DLQ ${component('dlq').deadLetters}, lag ${component('bus').consumerLag}, journal ${latest!.journal.length} commands, error ${latest!.error}`,
    );
    expect(latest!.error).toBeNull();
    expect(added).toEqual(poison);
    expect(parkedBefore).toBe(poison.length);
    expect(redrivenIds).toEqual(poison);
    expect(component('dlq').deadLetters).toBe(0);
    expect(component('bus').consumerLag).toBe(0);
    host.dispose();
  });
});
