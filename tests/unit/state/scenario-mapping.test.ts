import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/sim/scenario/load-scenario';
import { graphToScenario, scenarioToGraph } from '../../../src/state/graph/scenario-mapping';

describe('given the order-saga example', () => {
  const raw = JSON.parse(
    readFileSync(resolve(__dirname, '../../../public/scenarios/order-saga.json'), 'utf8'),
  );
  const loaded = loadScenario(raw);

  it('when drawn as a graph and read back, then the scenario is the same', () => {
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const { nodes, edges, meta } = scenarioToGraph(loaded.scenario);
    expect(nodes).toHaveLength(14);
    expect(edges).toHaveLength(19);
    expect(nodes.find((node) => node.id === 'payment')?.data.name).toBe('Payment');
    const back = loadScenario(graphToScenario(nodes, edges, meta));
    expect(back).toEqual(loaded);
  });
});
