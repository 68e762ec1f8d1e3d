import type { StoredEvent } from '../../core/messages/event';
import type { MetricsSample } from '../analysis/operations-series';
import type { FaultInjection, RunSummary } from '../engine/simulation';
import type { ComponentMetricsSnapshot } from '../metrics/component-metrics';
import type { Scenario } from '../scenario/scenario-schema';
import type { HostQueryAnswer, HostQueryRequest } from './query-request';
import type { UnsavedLimit } from './unsaved-window';

/** Virtual ms per wall ms (1 = real time), or 'max': as many steps per tick as the budget allows. */
export type SimSpeed = number | 'max';

/** Whether anything is loaded and whether virtual time is moving. */
export type HostStatus = 'empty' | 'paused' | 'running';

/**
 * What the UI renders, at most once per tick. Plain data only (no functions, no class
 * instances), so a Web Worker host can post it unchanged (structured clone).
 */
export interface HostSnapshot {
  /** Increments with every snapshot. */
  readonly revision: number;
  /** Increments on load and reset: a new run, so a log view must start over. */
  readonly runId: number;
  readonly status: HostStatus;
  readonly running: boolean;
  readonly speed: SimSpeed;
  readonly seed: number;
  readonly scenarioName: string | null;
  /** Virtual time, ms. */
  readonly time: number;
  /** Events in the log (= the last position). */
  readonly events: number;
  readonly steps: number;
  /** Scheduled work waiting; 0 means the run has nothing left to do. */
  readonly pending: number;
  readonly components: readonly ComponentMetricsSnapshot[];
  /**
   * Events appended since the previous snapshot: positions fromPosition..toPosition. `events`
   * holds all of them from a host on the page; the worker sends the page only the newest
   * RECENT_EVENTS_FOR_PAGE (it archives them all itself).
   */
  readonly newEvents: {
    readonly fromPosition: number;
    readonly toPosition: number;
    readonly events: readonly StoredEvent[];
  };
  /** Present only in the snapshot that answers requestSummary(): it hashes the whole log. */
  readonly summary: RunSummary | null;
  /** Why the last command failed (bad speed, unknown component, unbuildable scenario), else null. */
  readonly error: string | null;
  /** Live commands applied to this run so far (a workspace saves them to restore the run). */
  readonly journal: readonly JournalEntry[];
  /** Settings a reconfiguration could not change live: they apply after Reset. */
  readonly deferredSettings: readonly string[];
  /**
   * The run waited for saving within the last second: the window of unsaved events was full
   * (see `limitUnsaved`), so virtual time moved slower than the speed asked for.
   */
  readonly heldBySaving: boolean;
  /**
   * The run waited for the page within the last second: the window of events the page has not
   * yet drawn was full (see `limitUnshown`), so the screen, not the speed, set the pace.
   */
  readonly heldByScreen: boolean;
  /** One answer to a `query` command (each answer rides in exactly one snapshot), else null. */
  readonly queryAnswer?: HostQueryAnswer | null;
  /**
   * Only in the first snapshot after `restore`: the component metrics the replay passed through,
   * oldest first (src/sim/host/replay-metrics.ts), so the operations charts get their history back.
   */
  readonly metricsHistory?: readonly MetricsSample[];
}

/**
 * How many of the newest events the page keeps for its live views (the log tail, recent ids):
 * all the events a snapshot needs to carry to the page, whatever the rate.
 */
export const RECENT_EVENTS_FOR_PAGE = 2_000;

/** A live command applied to a run, recorded with the step count and virtual time it applied at. */
export type JournalCommand =
  | { readonly type: 'fault'; readonly fault: FaultInjection }
  | {
      readonly type: 'reconfigure';
      readonly componentId: string;
      readonly config: Record<string, unknown>;
    }
  | { readonly type: 'redrive'; readonly dlqId: string; readonly key: string };

export interface JournalEntry {
  /** Scheduler steps run when it applied: replay runs exactly this many first. */
  readonly step: number;
  readonly timeMs: number;
  /**
   * Whether the run had started when it applied. Before the start a fault waits as a scheduled
   * task (one more step); after it, it applies at once; so replay must apply it the same way.
   * Absent in older saves, where step 0 meant not started.
   */
  readonly started?: boolean;
  readonly command: JournalCommand;
}

/**
 * Everything needed to bring a run back exactly (the engine is deterministic): the scenario, its
 * seed, the live commands in order, and the position reached (steps run and virtual time).
 */
export interface RunPosition {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly journal: readonly JournalEntry[];
  readonly steps: number;
  readonly timeMs: number;
  /**
   * Run on (no further commands) until the log holds at least this many events. The durable
   * log can be ahead of the last autosaved position (a crash between the two): replaying to it
   * keeps every event that was reported saved instead of cutting the stored log back.
   */
  readonly minEvents?: number;
}

/** Receives snapshots. */
export type SnapshotListener = (snapshot: HostSnapshot) => void;

/**
 * The engine as the UI drives it. Every argument is serialisable and no method returns a value
 * the caller must wait for (except subscribe's local unsubscribe), so the same interface runs
 * inline (tests, CLI-like tools) or behind a Web Worker's messages. Commands never throw: a
 * failure is reported in the next snapshot's `error`.
 */
export interface EngineHost {
  /** Replaces the run with a fresh one of `scenario` (its seed), paused at t = 0. */
  load(scenario: Scenario): void;
  run(): void;
  pause(): void;
  /** Pauses and runs exactly one scheduled item. */
  step(): void;
  /** Back to t = 0 with an empty log, same scenario and seed; live-injected faults are dropped. */
  reset(): void;
  setSpeed(speed: SimSpeed): void;
  /** Changes the seed and resets: a seed only means something from t = 0. */
  setSeed(seed: number): void;
  /** Applies a fault now (or at its atMs) to the running simulation. */
  injectFault(fault: FaultInjection): void;
  /** Changes a component's configuration while it runs (validate it against the kind first). */
  reconfigure(componentId: string, config: Record<string, unknown>): void;
  /** Rebuilds a saved run by replaying its journal to the saved position, paused there. */
  restore(position: RunPosition): void;
  /**
   * Backpressure: the run makes events only while fewer than `limit` are unsaved, i.e. not yet
   * acknowledged. Null (the default) lifts the limit, for hosts whose log nobody saves.
   */
  limitUnsaved(limit: UnsavedLimit | null): void;
  /** The archive has saved run `runId`'s log through `position` (an older run's word is ignored). */
  acknowledgeSaved(runId: number, position: number): void;
  /**
   * Backpressure from the screen: the run makes events only while fewer than `events` are not
   * yet drawn by the page (acknowledged with `acknowledgeShown`). Null (the default) lifts it,
   * for hosts nobody watches (tests, the CLI).
   */
  limitUnshown(events: number | null): void;
  /** The page has drawn a frame with run `runId`'s events through `position`. */
  acknowledgeShown(runId: number, position: number): void;
  /** Puts dead-lettered deliveries back on their bus: one by key, or all. */
  redrive(dlqId: string, key: string | 'all'): void;
  /** Asks for the run summary (events, saga outcomes, dead letters, log hash) in the next snapshot. */
  requestSummary(): void;
  /**
   * Asks the engine's projections a read-side question; the answer comes back in a later
   * snapshot's `queryAnswer` with the same requestId. Optional so that hosts and test fakes
   * written before it keep compiling; the inline and worker hosts implement it.
   */
  query?(request: HostQueryRequest): void;
  subscribe(listener: SnapshotListener): () => void;
  /** Stops ticking and drops listeners. */
  dispose(): void;
}

/**
 * Where ticks come from (requestAnimationFrame in a page, a timer in a worker, a fake in tests),
 * so src/sim never touches timers. `wallMs` is a monotonic wall-clock reading.
 */
export interface Ticker {
  requestTick(callback: (wallMs: number) => void): () => void;
}
