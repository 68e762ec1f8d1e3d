import { describe, expect, it } from 'vitest';
import { checkConnection } from '../../../src/sim/scenario/connection-rules';
import { loadScenario, parseScenarioText } from '../../../src/sim/scenario/load-scenario';

const minimal = {
  version: 2,
  name: 'tiny',
  seed: 1,
  components: [
    { id: 'api', kind: 'producer', name: 'Order API' },
    { id: 'orders', kind: 'order-service', name: 'Order Service' },
  ],
  connections: [{ id: 'c1', source: 'api', target: 'orders' }],
};

describe('scenario loading', () => {
  it('fills defaults for every component config and fault', () => {
    const result = loadScenario(minimal);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const producer = result.scenario.components[0];
    expect(producer?.kind).toBe('producer');
    if (producer?.kind === 'producer') expect(producer.config.ratePerSecond).toBe(5);
    expect(producer?.faults.failureRate).toBe(0);
  });

  it('names the bad field of an invalid config', () => {
    const bad = {
      ...minimal,
      components: [{ ...minimal.components[0], config: { ratePerSecond: -3 } }],
      connections: [],
    };
    const result = loadScenario(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).toMatch(/^components\[0\]\.config\.ratePerSecond: /m);
  });

  it('refuses a consumer subscription pattern the bus cannot match', () => {
    const result = loadScenario({
      ...minimal,
      components: [
        { id: 'c', kind: 'consumer', name: 'C', config: { subscribe: 'order..placed' } },
      ],
      connections: [],
    });
    expect(result.ok ? '' : result.errors[0]).toMatch(
      /^components\[0\]\.config\.subscribe: .*empty segment/,
    );
  });

  it('refuses unknown kinds, unknown versions, broken JSON and dangling connections', () => {
    const unknownKind = { ...minimal, components: [{ id: 'x', kind: 'teleporter', name: 'X' }] };
    const kind = loadScenario({ ...unknownKind, connections: [] });
    expect(kind.ok ? '' : kind.errors[0]).toMatch(/^components\[0\]\.kind: must be one of/);
    const version = loadScenario({ ...minimal, version: 99 });
    expect(version.ok ? '' : version.errors[0]).toMatch(/version: 99 is not supported/);
    const json = parseScenarioText('{"version": 2,');
    expect(json.ok ? '' : json.errors[0]).toMatch(/not valid JSON/);
    const dangling = loadScenario({
      ...minimal,
      connections: [{ id: 'c1', source: 'api', target: 'ghost' }],
    });
    expect(dangling.ok ? '' : dangling.errors[0]).toBe(
      'connections[0].target: no component "ghost"',
    );
  });

  it('refuses a connection the rules forbid, with the reason', () => {
    const result = loadScenario({
      ...minimal,
      components: [...minimal.components, { id: 'list', kind: 'projection', name: 'Orders' }],
      connections: [{ id: 'c1', source: 'api', target: 'list' }],
    });
    expect(result.ok ? '' : result.errors[0]).toMatch(
      /connections\[0\]: Producer -> Projection is not allowed: a producer cannot feed a projection directly/,
    );
  });

  it('migrates a version 1 scenario (edges, rngSeed) to the current format', () => {
    const v1 = {
      version: 1,
      name: 'old',
      rngSeed: 7,
      components: minimal.components,
      edges: [{ from: 'api', to: 'orders' }],
    };
    const result = loadScenario(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.seed).toBe(7);
    expect(result.scenario.connections).toEqual([{ id: 'c1', source: 'api', target: 'orders' }]);
  });
});

describe('connection rules', () => {
  it('allows the wiring of the order flow and refuses the rest with a reason', () => {
    expect(checkConnection('producer', 'order-service')).toEqual({ ok: true, flow: 'commands' });
    expect(checkConnection('event-store', 'projection')).toEqual({ ok: true, flow: 'events' });
    const refused = checkConnection('projection', 'producer');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason).toMatch(/Projection connects to Query API/);
  });
});
