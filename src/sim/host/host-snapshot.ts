import type { RunSummary, Simulation } from '../engine/simulation';
import type { HostSnapshot, HostStatus, JournalEntry, SimSpeed } from './engine-host';

/** What the host knows about itself when it takes a snapshot. */
export interface HostState {
  readonly revision: number;
  readonly runId: number;
  readonly running: boolean;
  readonly speed: SimSpeed;
  readonly seed: number;
  readonly scenarioName: string | null;
  readonly error: string | null;
  /** The last position a previous snapshot handed out. */
  readonly reportedPosition: number;
  readonly withSummary: boolean;
  readonly journal: readonly JournalEntry[];
  readonly deferredSettings: readonly string[];
  readonly heldBySaving: boolean;
  readonly heldByScreen: boolean;
}

/** A snapshot of the host and its simulation (or of an empty host when nothing is loaded). */
export function buildHostSnapshot(sim: Simulation | null, state: HostState): HostSnapshot {
  const status: HostStatus = sim === null ? 'empty' : state.running ? 'running' : 'paused';
  const base = {
    revision: state.revision,
    runId: state.runId,
    status,
    running: status === 'running',
    speed: state.speed,
    seed: state.seed,
    scenarioName: state.scenarioName,
    error: state.error,
    // Copies: a snapshot must not change after it is handed out (or be shared with the host).
    journal: [...state.journal],
    deferredSettings: [...state.deferredSettings],
    heldBySaving: state.heldBySaving,
    heldByScreen: state.heldByScreen,
  };
  if (sim === null) {
    return {
      ...base,
      time: 0,
      events: 0,
      steps: 0,
      pending: 0,
      components: [],
      newEvents: { fromPosition: 1, toPosition: 0, events: [] },
      summary: null,
    };
  }
  const snapshot = sim.snapshot();
  const fromPosition = state.reportedPosition + 1;
  const summary: RunSummary | null = state.withSummary ? sim.summary() : null;
  return {
    ...base,
    time: snapshot.time,
    events: snapshot.events,
    steps: snapshot.steps,
    pending: sim.scheduler.pending,
    components: snapshot.components,
    newEvents: {
      fromPosition,
      toPosition: snapshot.events,
      events: sim.events(fromPosition, snapshot.events - state.reportedPosition),
    },
    summary,
  };
}
