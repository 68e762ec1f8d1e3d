import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/sim/scenario/component-kinds';
import { SCENARIO_VERSION } from '../../../src/sim/scenario/scenario-schema';
import { canvasFromSaved } from '../../../src/state/persistence/canvas-from-saved';

/** A saved design that is not a runnable scenario: Producer -> Projection is refused. */
function halfBuiltDesign(busConfig: unknown) {
  return {
    version: SCENARIO_VERSION,
    name: 'Half built',
    seed: 7,
    components: [
      { id: 'api', kind: 'producer', name: 'API', position: { x: 0, y: 0 }, config: { users: 9 } },
      { id: 'bus', kind: 'event-bus', name: 'Bus', position: { x: 200, y: 0 }, config: busConfig },
      { id: 'list', kind: 'projection', name: 'List', position: { x: 400, y: 0 }, config: {} },
    ],
    connections: [{ id: 'api-list', source: 'api', target: 'list' }],
  };
}

const dataOf = (json: unknown, id: string) => {
  const node = canvasFromSaved(json)?.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node.data;
};

describe('given a saved design that does not validate as a scenario', () => {
  it('when it is read, then every component is drawn, with no scenario to run', () => {
    const canvas = canvasFromSaved(halfBuiltDesign({}));

    expect(canvas?.scenario).toBeNull();
    expect(canvas?.nodes.map((node) => [node.id, node.type, node.data.name])).toEqual([
      ['api', 'producer', 'API'],
      ['bus', 'event-bus', 'Bus'],
      ['list', 'projection', 'List'],
    ]);
    expect(canvas?.edges).toEqual([{ id: 'api-list', source: 'api', target: 'list' }]);
  });

  it('when a config is valid, then the node keeps it with the defaults filled in', () => {
    expect(dataOf(halfBuiltDesign({}), 'api').config).toEqual({
      ...defaultConfig('producer'),
      users: 9,
    });
  });

  it('when a config field is out of bounds, then that field is its default and the others stay', () => {
    const saved = halfBuiltDesign({ partitions: 0, delivery: 'at-most-once', dropRate: 0.25 });

    expect(dataOf(saved, 'bus').config).toEqual({
      ...defaultConfig('event-bus'),
      delivery: 'at-most-once',
      dropRate: 0.25,
    });
  });

  it('when a config is not an object, then the node has its kind defaults', () => {
    expect(dataOf(halfBuiltDesign('corrupt'), 'bus').config).toEqual(defaultConfig('event-bus'));
    expect(dataOf(halfBuiltDesign([1, 2]), 'bus').config).toEqual(defaultConfig('event-bus'));
  });
});
