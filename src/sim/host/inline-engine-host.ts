import type { MetricsSample } from '../analysis/operations-series';
import { type FaultInjection, Simulation } from '../engine/simulation';
import type { Scenario } from '../scenario/scenario-schema';
import type {
  EngineHost,
  JournalCommand,
  JournalEntry,
  RunPosition,
  SimSpeed,
  SnapshotListener,
  Ticker,
} from './engine-host';
import { hostErrors } from './host-errors';
import { buildHostSnapshot } from './host-snapshot';
import type { InlineHostOptions } from './inline-host-options';
import { QueryDesk } from './query-desk';
import type { HostQueryRequest } from './query-request';
import { applyJournalCommand, journalEntryNow, replayJournal } from './replay-journal';
import { ReplayMetricsRecorder } from './replay-metrics';
import { RunBackpressure } from './run-backpressure';
import { runTick } from './run-with-budget';
import { SnapshotPacer } from './snapshot-pacer';
import type { UnsavedLimit } from './unsaved-window';

/**
 * Runs a Simulation on the calling thread, driven by a Ticker: each tick advances virtual time
 * by wall time elapsed x speed (or a step budget at 'max') and emits one snapshot. Commands mark
 * the state changed and ask for a tick, so even a burst of Steps renders once per frame.
 */
export class InlineEngineHost implements EngineHost {
  private readonly stepBudget: number;
  private readonly maxWallDeltaMs: number;
  private readonly pacer: SnapshotPacer;
  private readonly listeners = new Set<SnapshotListener>();
  private scenario: Scenario | null = null;
  private sim: Simulation | null = null;
  private seed = 0;
  private speed: SimSpeed = 1;
  private running = false;
  private runId = 0;
  private revision = 0;
  private reportedPosition = 0;
  private lastWallMs: number | null = null;
  private error: string | null = null;
  private summaryRequested = false;
  private cancelTick: (() => void) | null = null;
  private disposed = false;
  private journal: JournalEntry[] = [];
  private deferredSettings: string[] = [];
  private readonly queries = new QueryDesk();
  private readonly backpressure = new RunBackpressure();
  private lastTickWallMs = 0;
  /** The metrics a restore's replay passed through, for its first snapshot only. */
  private metricsHistory: readonly MetricsSample[] | null = null;

  constructor(
    private readonly ticker: Ticker,
    options: InlineHostOptions = {},
  ) {
    this.stepBudget = options.stepBudgetPerTick ?? 20_000;
    this.maxWallDeltaMs = options.maxWallDeltaMs ?? 100;
    this.pacer = new SnapshotPacer(options.minRunningSnapshotIntervalMs ?? 0);
  }

  load(scenario: Scenario): void {
    this.scenario = scenario;
    this.seed = scenario.seed;
    this.rebuild();
  }

  run(): void {
    if (!this.loadedFor('run')) return;
    this.running = true;
    this.lastWallMs = null;
    this.settle(null);
  }

  pause(): void {
    this.running = false;
    this.settle(null);
  }

  step(): void {
    const sim = this.loadedFor('step');
    if (!sim) return;
    this.running = false;
    this.attempt(() => {
      sim.step();
    });
  }

  reset(): void {
    if (this.scenario) this.rebuild();
    else this.settle(hostErrors.nothingLoaded('reset'));
  }

  setSpeed(speed: SimSpeed): void {
    const valid = speed === 'max' || (Number.isFinite(speed) && speed > 0);
    if (valid) this.speed = speed;
    this.settle(valid ? null : hostErrors.badSpeed(speed));
  }

  setSeed(seed: number): void {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      this.settle(hostErrors.badSeed(seed));
      return;
    }
    this.seed = seed;
    if (this.scenario) this.rebuild();
    else this.settle(null);
  }

  injectFault(fault: FaultInjection): void {
    this.command({ type: 'fault', fault }, 'inject a fault');
  }

  limitUnsaved(limit: UnsavedLimit | null): void {
    this.backpressure.limitSaving(limit);
    this.requestTick();
  }

  acknowledgeSaved(runId: number, position: number): void {
    this.backpressure.acknowledgeSaved(runId, position);
  }

  limitUnshown(events: number | null): void {
    this.backpressure.limitScreen(events);
    this.requestTick();
  }

  acknowledgeShown(runId: number, position: number): void {
    this.backpressure.acknowledgeShown(runId, position);
  }

  redrive(dlqId: string, key: string | 'all'): void {
    this.command({ type: 'redrive', dlqId, key }, 'redrive');
  }

  reconfigure(componentId: string, config: Record<string, unknown>): void {
    this.command({ type: 'reconfigure', componentId, config }, 'reconfigure');
  }

  restore(position: RunPosition): void {
    this.scenario = position.scenario;
    this.seed = position.seed;
    this.rebuild();
    const sim = this.sim as Simulation | null;
    if (!sim) return;
    const metrics = new ReplayMetricsRecorder();
    this.attempt(() => {
      const { journal, steps, timeMs, minEvents } = position;
      replayJournal(sim, journal, steps, timeMs, minEvents, metrics);
      this.journal = [...journal];
      this.metricsHistory = metrics.taken();
    });
  }

  requestSummary(): void {
    this.summaryRequested = true;
    this.requestTick();
  }

  query(request: HostQueryRequest): void {
    this.queries.ask(this.sim, request, this.running);
    this.requestTick();
  }

  subscribe(listener: SnapshotListener): () => void {
    this.listeners.add(listener);
    this.pacer.markDue();
    this.requestTick();
    return () => void this.listeners.delete(listener);
  }

  dispose(): void {
    this.disposed = true;
    this.running = false;
    this.cancelTick?.();
    this.cancelTick = null;
    this.listeners.clear();
  }

  /** Applies a live command and journals it (with the step and time it applied at) on success. */
  private command(command: JournalCommand, action: string): void {
    const sim = this.loadedFor(action);
    if (!sim) return;
    this.attempt(() => {
      const entry = journalEntryNow(sim, command);
      const deferred = applyJournalCommand(sim, command);
      this.journal.push(entry);
      if (command.type === 'reconfigure') this.deferredSettings = deferred;
    });
  }

  /** A fresh Simulation of the scenario with the current seed, paused at t = 0. */
  private rebuild(): void {
    this.journal = [];
    this.metricsHistory = null;
    this.deferredSettings = [];
    this.running = false;
    this.lastWallMs = null;
    this.reportedPosition = 0;
    this.runId += 1;
    this.backpressure.startRun(this.runId);
    this.sim = null;
    this.queries.dropWaiting();
    const scenario = this.scenario;
    if (!scenario) return;
    this.attempt(() => {
      this.sim = new Simulation({ ...scenario, seed: this.seed });
    });
  }

  /** Runs a command's work; a throw or a returned reason becomes the snapshot's error. */
  private attempt(work: () => unknown): void {
    let outcome: unknown;
    try {
      outcome = work();
    } catch (error) {
      outcome = error instanceof Error ? error.message : String(error);
    }
    this.settle(typeof outcome === 'string' ? outcome : null);
  }

  /** The simulation, or null (and an error in the next snapshot) when nothing is loaded. */
  private loadedFor(action: string): Simulation | null {
    if (!this.sim) this.settle(hostErrors.nothingLoaded(action));
    return this.sim;
  }

  /** Ends a command: its error (null = it worked) goes out with the next snapshot. */
  private settle(error: string | null): void {
    this.error = error;
    this.pacer.markDue();
    this.requestTick();
  }

  private requestTick(): void {
    if (this.disposed || this.cancelTick) return;
    this.cancelTick = this.ticker.requestTick((wallMs) => this.tick(wallMs));
  }

  private tick(wallMs: number): void {
    this.cancelTick = null;
    this.lastTickWallMs = wallMs;
    if (this.running && this.sim) {
      // A component bug must stop the run visibly, not kill the ticking silently.
      try {
        this.advance(this.sim, wallMs);
      } catch (error) {
        this.running = false;
        this.error = error instanceof Error ? error.message : String(error);
      }
    }
    // Read-your-writes queries wait on the projections while the run moves (or give up).
    if (this.sim) this.queries.recheck(this.sim, this.running);
    if (this.running) this.requestTick();
    const forced = this.summaryRequested || this.queries.hasAnswers;
    if (this.pacer.shouldPublish(wallMs, this.running, forced)) this.emit();
  }

  private advance(sim: Simulation, wallMs: number): void {
    const elapsed =
      this.lastWallMs === null
        ? 0
        : Math.min(Math.max(0, wallMs - this.lastWallMs), this.maxWallDeltaMs);
    this.lastWallMs = wallMs;
    runTick(sim, this.speed, elapsed, this.stepBudget, () =>
      this.backpressure.mustWait(sim.eventCount, wallMs),
    );
    if (sim.scheduler.pending === 0) this.running = false; // nothing left to do: the run is over
  }

  private emit(): void {
    if (this.listeners.size === 0) return; // keep the new events for the first subscriber
    this.revision += 1;
    const snapshot = buildHostSnapshot(this.sim, {
      revision: this.revision,
      runId: this.runId,
      running: this.running,
      speed: this.speed,
      seed: this.seed,
      scenarioName: this.scenario?.name ?? null,
      error: this.error,
      reportedPosition: this.reportedPosition,
      withSummary: this.summaryRequested && this.sim !== null,
      journal: this.journal,
      deferredSettings: this.deferredSettings,
      heldBySaving: this.running && this.backpressure.heldBySaving(this.lastTickWallMs),
      heldByScreen: this.running && this.backpressure.heldByScreen(this.lastTickWallMs),
    });
    this.reportedPosition = snapshot.newEvents.toPosition;
    this.backpressure.measure(snapshot.newEvents.events);
    this.summaryRequested = false;
    const history = this.metricsHistory;
    this.metricsHistory = null;
    const withAnswer = {
      ...snapshot,
      queryAnswer: this.queries.takeAnswer(),
      ...(history && { metricsHistory: history }),
    };
    for (const listener of [...this.listeners]) listener(withAnswer);
    // One answer per snapshot: more waiting answers go out with the next ticks.
    if (this.queries.hasAnswers) this.requestTick();
  }
}
