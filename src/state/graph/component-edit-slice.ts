import type { FaultSetting, FaultValue } from '../../sim/scenario/fault-settings';
import type { SliceCreator } from '../eventfold-state';
import { commitGraphEdit } from '../history/graph-commit';
import { type CanvasNode, type ComponentNodeData, withConfig } from './canvas-node';
import { type ConfigEditResult, type ConfigPatch, editConfig } from './config-edit';
import {
  configuredFault,
  engineFaultValue,
  type FaultEditValue,
  faultValueProblem,
  withFault,
} from './fault-edit';

/** The scenario schema's bounds on a component name. */
const maxNameLength = 80;

/**
 * Edits of one component from the inspector. Each validates first and changes nothing when
 * invalid (returning why); a valid edit replaces the node's data object (memoised nodes see it)
 * and reaches the running simulation at once.
 */
export interface ComponentEditSlice {
  /** Renames a component; returns why the name is refused, or null. */
  renameComponent: (id: string, name: string) => string | null;
  /** Merges `patch` into the config, validates it with the kind's schema, reconfigures live. */
  updateComponentConfig: (id: string, patch: ConfigPatch) => ConfigEditResult;
  /** Sets a configured fault (kept in the scenario) and injects it; returns why refused, or null. */
  setComponentFault: (id: string, setting: FaultSetting, value: FaultEditValue) => string | null;
  /** Injects a fault for `durationMs` into the run only (it reverts itself); null or why not. */
  injectTimedFault: (
    id: string,
    setting: FaultSetting,
    value: FaultValue,
    durationMs: number,
  ) => string | null;
  /** Puts a Dead Letter Queue's letter (by key) or all of them back on their bus; null or why not. */
  redriveDeadLetters: (dlqId: string, key: string | 'all') => string | null;
}

export const createComponentEditSlice: SliceCreator<ComponentEditSlice> = (set, get) => {
  const findNode = (id: string): CanvasNode | undefined =>
    get().nodes.find((node) => node.id === id);
  const replaceData = (id: string, data: ComponentNodeData, key: string) =>
    commitGraphEdit(
      get,
      set,
      { nodes: get().nodes.map((node) => (node.id === id ? { ...node, data } : node)) },
      key,
    );
  const missing = (id: string) => `No component "${id}" on the canvas`;

  return {
    renameComponent: (id, name) => {
      const node = findNode(id);
      if (!node) return missing(id);
      if (name.trim().length === 0) return 'A name cannot be empty';
      if (name.length > maxNameLength) return `A name has at most ${maxNameLength} characters`;
      if (name !== node.data.name) replaceData(id, { ...node.data, name }, `rename:${id}`);
      return null;
    },

    updateComponentConfig: (id, patch) => {
      const node = findNode(id);
      if (!node) return { ok: false, issues: [{ path: '', message: missing(id) }] };
      const result = editConfig(node.data, patch);
      if (!result.ok) return result;
      const key = `config:${id}:${Object.keys(patch).join(',')}`;
      replaceData(id, withConfig(node.data, result.config), key);
      get().engine?.reconfigure(id, result.config);
      return result;
    },

    setComponentFault: (id, setting, value) => {
      const node = findNode(id);
      if (!node) return missing(id);
      const problem = faultValueProblem(node.data, setting, value);
      if (problem) return problem;
      if (configuredFault(node.data, setting) !== value) {
        replaceData(id, withFault(node.data, setting, value), `fault:${id}:${setting}`);
      }
      // Injected even when the configured value stands: the run may differ (a timed outage).
      get().engine?.injectFault({ target: id, setting, value: engineFaultValue(value) });
      return null;
    },

    injectTimedFault: (id, setting, value, durationMs) => {
      const node = findNode(id);
      if (!node) return missing(id);
      const problem = faultValueProblem(node.data, setting, value);
      if (problem) return problem;
      if (!(Number.isFinite(durationMs) && durationMs > 0)) return 'The duration must be above 0';
      const { engine } = get();
      if (!engine) return 'The simulation is not ready yet';
      engine.injectFault({ target: id, setting, value, durationMs });
      return null;
    },

    redriveDeadLetters: (dlqId, key) => {
      const node = findNode(dlqId);
      if (!node) return missing(dlqId);
      if (node.data.kind !== 'dead-letter-queue')
        return `${node.data.name} is not a Dead Letter Queue`;
      const { engine } = get();
      if (!engine) return 'The simulation is not ready yet';
      // A journal command: a reload replays it at the same step, like a fault.
      engine.redrive(dlqId, key);
      return null;
    },
  };
};
