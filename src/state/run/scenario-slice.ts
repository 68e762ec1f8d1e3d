import type { Edge } from '@xyflow/react';
import type { RunPosition } from '../../sim/host/engine-host';
import { loadScenario, type ScenarioResult } from '../../sim/scenario/load-scenario';
import { SCENARIO_VERSION, type Scenario } from '../../sim/scenario/scenario-schema';
import type { SliceCreator } from '../eventfold-state';
import type { CanvasNode } from '../graph/canvas-node';
import { graphToScenario, type ScenarioMeta, scenarioToGraph } from '../graph/scenario-mapping';
import { recordReplacement } from '../history/graph-history';
import { graphStructureKey, scenarioStructureKey } from './structure';

/** Reads the built-in example (a fetch in the app, a file read in tests): a port set by the app. */
export type ExampleSource = () => Promise<ScenarioResult>;

/** What reloading the engine from the canvas did. */
export type CanvasReload = 'unchanged' | 'reloaded' | 'invalid';

export const canvasChangedNotice = 'Canvas changed: the run restarts from t = 0';

/** A canvas to show: a scenario drawn (scenarioToGraph), or a saved design that may not run. */
export interface CanvasContent {
  readonly nodes: CanvasNode[];
  readonly edges: Edge[];
  readonly meta: ScenarioMeta;
}

/** What the engine should run for a canvas: its scenario (null: none), from t = 0 or restored. */
export interface CanvasRun {
  readonly scenario: Scenario | null;
  readonly position?: RunPosition;
}

/**
 * Which scenario is open: the canvas shows it, and `engineScenario` is what the engine runs.
 * Opening a scenario sets both; a structural edit on the canvas reloads the engine from the
 * canvas (see reloadFromCanvas).
 */
export interface ScenarioSlice {
  scenarioMeta: ScenarioMeta;
  engineScenario: Scenario | null;
  /** Increments when the canvas should fit its view to the nodes (after a scenario opens). */
  viewFitRequest: number;
  exampleSource: ExampleSource | null;
  attachExampleSource: (source: ExampleSource | null) => void;
  /**
   * Shows `canvas` and gives the engine `run` (loaded, or restored to its position). Everything
   * that replaces the whole canvas goes through here, so the engine and the canvas never
   * disagree about structure (which would make the canvas watcher reload the engine), and the
   * canvas it replaces is one undo step.
   */
  openCanvas: (canvas: CanvasContent, run: CanvasRun) => void;
  /** Puts `scenario` on the canvas and in the engine; with `position`, restores that run. */
  openScenario: (scenario: Scenario, options?: { position?: RunPosition }) => void;
  /** Empties the canvas; the engine holds an empty scenario. */
  newScenario: () => void;
  /** Opens the built-in example; false (and an error notice) when it cannot be read. */
  loadExample: () => Promise<boolean>;
  /** Reloads the engine when the canvas structure differs from what it runs. */
  reloadFromCanvas: () => CanvasReload;
}

const untitled: ScenarioMeta = { name: 'Untitled scenario', description: '', seed: 42, faults: [] };

export const createScenarioSlice: SliceCreator<ScenarioSlice> = (set, get) => ({
  scenarioMeta: untitled,
  engineScenario: null,
  viewFitRequest: 0,
  exampleSource: null,
  attachExampleSource: (exampleSource) => set({ exampleSource }),
  openCanvas: ({ nodes, edges, meta }, { scenario, position }) => {
    const before = get();
    const replaced = {
      nodes: before.nodes,
      edges: before.edges,
      scenario: { meta: before.scenarioMeta, seed: before.seed },
    };
    get().replaceGraph(nodes, edges);
    set({
      // Undo brings the replaced scenario back (its run is not: the question asked first says so).
      history: recordReplacement(before.history, replaced),
      scenarioMeta: meta,
      seed: position?.seed ?? scenario?.seed ?? meta.seed,
      engineScenario: scenario,
      metricsById: {},
      viewFitRequest: get().viewFitRequest + 1,
    });
    const { engine } = get();
    if (position || scenario) get().noteRunRequest();
    if (position) engine?.restore(position);
    else if (scenario) engine?.load(scenario);
  },
  openScenario: (scenario, options = {}) =>
    get().openCanvas(scenarioToGraph(scenario), { scenario, position: options.position }),
  newScenario: () => {
    const empty = loadScenario({
      version: SCENARIO_VERSION,
      ...untitled,
      seed: get().seed,
      components: [],
      connections: [],
    });
    if (empty.ok) get().openScenario(empty.scenario);
  },
  loadExample: async () => {
    const source = get().exampleSource;
    const result: ScenarioResult = source
      ? await source()
      : { ok: false, errors: ['no example source is attached'] };
    if (!result.ok) {
      get().showNotice('example', 'error', `Could not load the example: ${result.errors[0]}`);
      return false;
    }
    get().openScenario(result.scenario);
    return true;
  },
  reloadFromCanvas: () => {
    const { nodes, edges, scenarioMeta, seed, engineScenario, steps } = get();
    if (graphStructureKey(nodes, edges) === scenarioStructureKey(engineScenario)) {
      return 'unchanged';
    }
    const result = loadScenario(graphToScenario(nodes, edges, { ...scenarioMeta, seed }));
    if (!result.ok) {
      get().showNotice('canvas', 'error', `The run keeps the previous canvas: ${result.errors[0]}`);
      return 'invalid';
    }
    set({ engineScenario: result.scenario });
    const { engine, status } = get();
    get().noteRunRequest();
    engine?.load(result.scenario);
    // A running simulation keeps running, from t = 0 with the new structure.
    if (status === 'running') engine?.run();
    // A run that has not started loses nothing, so it restarts silently.
    if (steps > 0) get().showNotice('canvas', 'info', canvasChangedNotice);
    else get().dismissNoticeByKey('canvas');
    return 'reloaded';
  },
});
