import { describe, expect, it } from 'vitest';
import { readBuiltinScenario } from '../../../../scripts/cli/read-scenario';
import { Simulation } from '../../../../src/sim/engine/simulation';
import {
  builtinScenarioPath,
  DEFAULT_SCENARIO,
  isBuiltinScenarioName,
  loadBuiltinScenario,
} from '../../../../src/sim/examples/builtin-scenarios';
import type { Scenario } from '../../../../src/sim/scenario/scenario-schema';

async function orderSaga(): Promise<Scenario> {
  const result = await readBuiltinScenario('order-saga');
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.scenario;
}

describe('given the built-in example names', () => {
  it('when looked up, then order-saga is the default and lives under scenarios/', () => {
    expect(DEFAULT_SCENARIO).toBe('order-saga');
    expect(isBuiltinScenarioName('order-saga')).toBe(true);
    expect(isBuiltinScenarioName('../etc/passwd')).toBe(false);
    expect(builtinScenarioPath('order-saga')).toBe('scenarios/order-saga.json');
  });

  it('when the reader fails, then the failure is a load error, not a throw', async () => {
    const result = await loadBuiltinScenario('order-saga', async () => {
      throw new Error('404 Not Found');
    });
    expect(result).toEqual({
      ok: false,
      errors: ['scenario: cannot read built-in example "order-saga" (404 Not Found)'],
    });
  });
});

describe('given the order-saga example file', () => {
  it('when loaded, then it validates with the documented components in palette order', async () => {
    const scenario = await orderSaga();
    expect(scenario.version).toBe(2);
    expect(scenario.faults).toEqual([]);
    expect(scenario.components.map(({ id, kind, name }) => `${id}:${kind}:${name}`)).toEqual([
      'api:producer:Order API',
      'orders:order-service:Order Service',
      'store:event-store:Event Store',
      'bus:event-bus:Event Bus',
      'saga:saga:Order Saga',
      'inventory:inventory:Inventory',
      'payment:payment:Payment',
      'notification:notification:Notification',
      'shipping:shipping:Shipping',
      'analytics:consumer:Analytics Consumer',
      'dlq:dead-letter-queue:Dead Letter Queue',
      'order-list:projection:Order List',
      'order-stats:projection:Order Statistics',
      'query-api:query-api:Query API',
    ]);
  });

  it('when its configs are read, then they are the ones the example promises', async () => {
    const byId = new Map((await orderSaga()).components.map((c) => [c.id, c]));
    expect(byId.get('api')?.config).toMatchObject({ ratePerSecond: 20 });
    expect(byId.get('bus')?.config).toMatchObject({ partitions: 4, delivery: 'at-least-once' });
    expect(byId.get('analytics')?.config).toMatchObject({ subscribe: 'order.*', idempotent: true });
    expect(byId.get('order-list')?.config).toMatchObject({ projection: 'order-list' });
    expect(byId.get('order-stats')?.config).toMatchObject({ projection: 'order-statistics' });
  });

  it('when wired, then it has exactly the documented connections', async () => {
    const scenario = await orderSaga();
    expect(scenario.connections.map((c) => `${c.source}->${c.target}`)).toEqual([
      'api->orders',
      'orders->store',
      'store->bus',
      'bus->saga',
      'saga->inventory',
      'saga->payment',
      'saga->orders',
      'saga->notification',
      'saga->store',
      'inventory->bus',
      'payment->bus',
      'notification->bus',
      'bus->shipping',
      'shipping->orders',
      'bus->analytics',
      'analytics->dlq',
      'store->order-list',
      'store->order-stats',
      'order-list->query-api',
    ]);
  });

  it('when laid out, then nodes sit on a 220 px grid, left to right, none on top of another', async () => {
    const positions = (await orderSaga()).components.map((c) => c.position);
    const keys = new Set(positions.map(({ x, y }) => `${x},${y}`));
    expect(keys.size).toBe(positions.length);
    for (const { x } of positions) expect(x % 220).toBe(0);
    const xOf = (id: string) =>
      positions[(Array.from(['api', 'orders', 'store', 'bus']) as string[]).indexOf(id)]?.x;
    expect([xOf('api'), xOf('orders'), xOf('store'), xOf('bus')]).toEqual([0, 220, 440, 660]);
  });

  it('when simulated for 10 virtual seconds, then orders flow through the saga to completion', async () => {
    const sim = new Simulation(await orderSaga());
    sim.runUntil(10_000);
    const summary = sim.summary();
    expect(summary.sagas.completed).toBeGreaterThan(100);
    expect(summary.sagas.stuck).toBe(0);
    expect(summary.deadLetters).toBe(0);
  });
});
