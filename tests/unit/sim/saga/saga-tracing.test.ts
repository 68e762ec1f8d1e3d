import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../../../src/core/messages/event';
import { type SagaRun, sagaRun } from './saga-scenario';

/** Order id an event belongs to: its payload's, or its stream's for the saga stream. */
function orderOf(event: StoredEvent): string | undefined {
  const orderId = (event.data as { orderId?: unknown }).orderId;
  return typeof orderId === 'string' ? orderId : undefined;
}

/** Messages whose cause is not an earlier message of the run (commands count, by send time). */
function brokenCausation({ sim, commands }: SagaRun): string[] {
  const eventPosition = new Map(sim.events().map((event) => [event.id, event.position]));
  const commandHead = new Map(
    commands.map(({ command, headPosition }) => [command.id, headPosition]),
  );
  const problems: string[] = [];
  for (const event of sim.events()) {
    if (event.causationId === null) continue;
    const causeAt = eventPosition.get(event.causationId) ?? commandHead.get(event.causationId);
    const earlier = causeAt !== undefined && causeAt < event.position;
    if (!earlier) problems.push(`${event.type} ${event.id} <- ${event.causationId}`);
  }
  for (const { command, headPosition } of commands) {
    if (command.causationId === null) continue;
    const causeAt = eventPosition.get(command.causationId) ?? commandHead.get(command.causationId);
    if (causeAt === undefined || causeAt > headPosition) {
      problems.push(`${command.type} ${command.id} <- ${command.causationId}`);
    }
  }
  return problems;
}

/** Correlation ids seen per order, over its events and the system events they caused. */
function correlationsByOrder(run: SagaRun): Map<string, Set<string>> {
  const byId = new Map(run.sim.events().map((event) => [event.id, event]));
  const found = new Map<string, Set<string>>();
  for (const event of run.sim.events()) {
    const cause = event.causationId ? byId.get(event.causationId) : undefined;
    const orderId = orderOf(event) ?? (cause && orderOf(cause)) ?? sagaOrder(event);
    if (!orderId) continue;
    const set = found.get(orderId) ?? new Set<string>();
    set.add(event.correlationId);
    found.set(orderId, set);
  }
  return found;
}

function sagaOrder(event: StoredEvent): string | undefined {
  return event.streamId.startsWith('saga-') ? event.streamId.slice('saga-'.length) : undefined;
}

describe('given the order saga', () => {
  it('when one order completes, then every event of its flow shares its correlation id and points to an earlier cause', () => {
    const run = sagaRun();
    run.sim.runUntil(10_000);

    const placeOrder = run.commands.find(({ command }) => command.type === 'PlaceOrder')?.command;
    const flow = run.sim.events().filter((event) => !event.type.startsWith('system.'));
    expect(flow.length).toBeGreaterThan(10);
    expect(new Set(flow.map((event) => event.correlationId))).toEqual(new Set([placeOrder?.id]));
    expect(run.commands.every(({ command }) => command.correlationId === placeOrder?.id)).toBe(
      true,
    );
    expect(brokenCausation(run)).toEqual([]);
  });

  it('when many orders meet failures, timeouts, duplicates and a saga crash, then each order keeps one correlation and causation stays intact', () => {
    const run = sagaRun({
      seed: 3,
      orders: 0,
      config: { api: { ratePerSecond: 20, maxOrders: 30 }, bus: { duplicateRate: 0.3 } },
      faults: { payment: { failureRate: 0.4 }, notification: { failureRate: 0.2 } },
    });
    run.sim.inject({
      target: 'inventory',
      setting: 'down',
      value: true,
      atMs: 300,
      durationMs: 4000,
    });
    run.sim.inject({ target: 'saga', setting: 'down', value: true, atMs: 900, durationMs: 700 });
    run.sim.runUntil(120_000);

    const orders = run.sim.events().filter((event) => event.type === 'order.placed').length;
    expect(orders).toBeGreaterThanOrEqual(30);
    const { completed, compensated, stuck } = run.sim.summary().sagas;
    expect(completed + compensated + stuck).toBe(orders);
    expect(compensated).toBeGreaterThan(0);
    expect(run.sim.component('saga')?.snapshot().extra.stepTimeouts).toBeGreaterThan(0);
    const correlations = correlationsByOrder(run);
    expect(correlations.size).toBe(orders);
    for (const [orderId, ids] of correlations) expect([orderId, ids.size]).toEqual([orderId, 1]);
    const all = [...correlations.values()].flatMap((ids) => [...ids]);
    expect(new Set(all).size).toBe(orders);
    expect(brokenCausation(run)).toEqual([]);
  });
});
