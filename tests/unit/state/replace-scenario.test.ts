import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadScenario } from '../../../src/sim/scenario/load-scenario';
import type { Scenario } from '../../../src/sim/scenario/scenario-schema';
import { replaceQuestion } from '../../../src/state/run/replace-workspace';
import { useEventfoldStore } from '../../../src/state/store';
import { useTransferStore } from '../../../src/state/transfer/transfer-store';
import { scenarioActions } from '../../../src/ui/controls/scenario-menu-actions';
import { exampleScenario } from '../sim/import/import-fixtures';

const store = () => useEventfoldStore.getState();
const ids = () => store().nodes.map((node) => node.id);

/** The example with a name, seed and components of its own, so a wrong restore shows. */
function sharedScenario(): Scenario {
  const example = exampleScenario();
  const result = loadScenario({
    ...example,
    name: 'Shared',
    seed: 7,
    components: example.components.filter((component) => component.id !== 'shipping'),
    connections: example.connections.filter(
      (connection) => connection.source !== 'shipping' && connection.target !== 'shipping',
    ),
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.scenario;
}

beforeEach(() => {
  useEventfoldStore.setState(useEventfoldStore.getInitialState(), true);
});
afterEach(() => vi.unstubAllGlobals());

describe('given the question asked before a scenario is replaced', () => {
  it('when there is work, then it names the components and the run events lost, and what undo brings back', () => {
    const question = replaceQuestion({ nodes: new Array(14).fill(null), eventCount: 1234 }, 'New');
    expect(question).toBe(
      "New replaces what is open: 14 components and the run's 1,234 events will be discarded. Undo (Ctrl+Z) brings the canvas back, but not the run.",
    );
  });

  it('when only one component and no run, then it says so in the singular', () => {
    expect(replaceQuestion({ nodes: [null as never], eventCount: 0 }, 'New')).toBe(
      'New replaces what is open: 1 component will be discarded. Undo (Ctrl+Z) brings the canvas back, but not the run.',
    );
  });

  it('when the canvas is empty and nothing ran, then there is nothing to ask', () => {
    expect(replaceQuestion({ nodes: [], eventCount: 0 }, 'New')).toBeNull();
  });
});

describe('given a scenario replaced by another', () => {
  it('when the first scenario opens on an empty canvas, then there is nothing to undo', () => {
    store().openScenario(exampleScenario());
    expect(store().history.past).toHaveLength(0);
  });

  it('when New empties the canvas, then undo brings back its components, connections, name and seed, and redo empties it again', () => {
    store().openScenario(sharedScenario());
    const before = { ids: ids(), edges: store().edges.length };
    expect(before.ids).toHaveLength(13);

    store().newScenario();
    expect(ids()).toEqual([]);
    expect(store().scenarioMeta.name).toBe('Untitled scenario');

    store().undo();
    expect(ids()).toEqual(before.ids);
    expect(store().edges).toHaveLength(before.edges);
    expect(store().scenarioMeta.name).toBe('Shared');
    expect(store().seed).toBe(7);

    store().redo();
    expect(ids()).toEqual([]);
    expect(store().scenarioMeta.name).toBe('Untitled scenario');
  });

  it('when another scenario opens over one with a different seed, then undo gives the engine that seed back', () => {
    store().openScenario(sharedScenario());
    const engine = {
      load: vi.fn(),
      setSeed: vi.fn(),
      reconfigure: vi.fn(),
      injectFault: vi.fn(),
      subscribe: () => () => {},
    };
    store().attachEngine(engine as never);
    store().openScenario(exampleScenario());
    expect(store().seed).toBe(42);
    store().undo();
    expect(store().seed).toBe(7);
    expect(engine.setSeed).toHaveBeenLastCalledWith(7);
    expect(ids()).toHaveLength(13);
  });
});

describe('given the Scenario menu', () => {
  const perform = (id: keyof typeof scenarioActions) =>
    scenarioActions[id].perform(store(), useTransferStore.getState());

  it('when New is refused, then the canvas stays as it was, and the question said what was at stake', () => {
    store().openScenario(sharedScenario());
    const confirm = vi.fn(() => false);
    vi.stubGlobal('window', { confirm });
    perform('newScenario');
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('13 components'));
    expect(ids()).toHaveLength(13);
  });

  it('when New is accepted, then the canvas is empty', () => {
    store().openScenario(sharedScenario());
    vi.stubGlobal('window', { confirm: () => true });
    perform('newScenario');
    expect(ids()).toEqual([]);
  });

  it('when the canvas is empty, then New asks nothing', () => {
    const confirm = vi.fn(() => false);
    vi.stubGlobal('window', { confirm });
    perform('newScenario');
    expect(confirm).not.toHaveBeenCalled();
  });
});
