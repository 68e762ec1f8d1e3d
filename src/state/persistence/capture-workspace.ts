import type { HostSnapshot } from '../../sim/host/engine-host';
import type { EventfoldState } from '../eventfold-state';
import { graphToScenario } from '../graph/scenario-mapping';
import { WORKSPACE_VERSION, type WorkspaceDraft } from './saved-workspace';

/**
 * The workspace to save now: the canvas as scenario JSON (with the open scenario's name and
 * scheduled faults), the settings, and where the run is: the scenario the engine runs (the
 * canvas may differ, e.g. while it does not validate), its seed, journal and position.
 * `latest` is the engine's latest snapshot of a loaded run, or null when nothing ran.
 */
export function captureWorkspace(
  state: EventfoldState,
  latest: HostSnapshot | null,
): WorkspaceDraft {
  const scenario = graphToScenario(state.nodes, state.edges, {
    ...state.scenarioMeta,
    seed: state.seed,
  }) as Record<string, unknown>;
  return {
    version: WORKSPACE_VERSION,
    scenario,
    settings: {
      speed: state.speed,
      seed: state.seed,
      theme: state.theme,
      activeTab: state.activeTab,
      bottomPanelShare: state.bottomPanelShare,
    },
    run: latest && {
      scenario: state.engineScenario ?? undefined,
      seed: latest.seed,
      journal: [...latest.journal],
      steps: latest.steps,
      timeMs: latest.time,
      runId: latest.runId,
    },
  };
}
