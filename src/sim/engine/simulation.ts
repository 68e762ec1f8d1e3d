import type { StoredEvent } from '../../core/messages/event';
import { buildComponent } from '../components/component-registry';
import type { ComponentMetricsSnapshot } from '../metrics/component-metrics';
import type { DeliveryCounts } from '../metrics/delivery-counts';
import { seededRandom } from '../random/random';
import { componentKindInfo } from '../scenario/component-kinds';
import { checkConnection } from '../scenario/connection-rules';
import type { FaultSetting, FaultValue } from '../scenario/fault-settings';
import type { Scenario } from '../scenario/scenario-schema';
import { SimScheduler } from '../scheduler/scheduler';
import { hashLog } from './log-hash';
import type { SimComponent } from './sim-component';
import { SimContext } from './sim-context';

/** A fault applied to a running simulation, now or scheduled, optionally for a duration. */
export interface FaultInjection {
  readonly target: string;
  readonly setting: FaultSetting;
  readonly value: FaultValue;
  readonly atMs?: number;
  readonly durationMs?: number;
}

export interface SimulationSnapshot {
  readonly time: number;
  readonly events: number;
  readonly steps: number;
  readonly components: readonly ComponentMetricsSnapshot[];
}

export interface RunSummary {
  readonly events: number;
  readonly sagas: { completed: number; compensated: number; stuck: number };
  readonly deadLetters: number;
  /** Each bus's subscribers' lag in messages at the end: bus id -> subscriber id -> lag. */
  readonly subscriberLag: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Each component's delivery counts at the end (those that have any): component id -> counts. */
  readonly delivery: Readonly<Record<string, DeliveryCounts>>;
  readonly logHash: string;
}

/**
 * One run of a scenario in virtual time: builds the components and wiring, applies the fault
 * schedule, and is driven by step/runUntil/runFor. Deterministic: the same scenario (its seed
 * included) and the same injected faults at the same times give the same log.
 */
export class Simulation {
  readonly scheduler = new SimScheduler();
  readonly ctx: SimContext;
  private started = false;

  readonly scenario: Scenario;

  constructor(scenario: Scenario) {
    // The run owns its copy: live reconfiguration edits it, never the caller's scenario.
    this.scenario = structuredClone(scenario);
    this.ctx = new SimContext(this.scheduler, seededRandom(scenario.seed));
    for (const definition of this.scenario.components) {
      const component = buildComponent(this.ctx, definition);
      const sink =
        'accept' in component
          ? (component as unknown as Parameters<SimContext['register']>[1])
          : undefined;
      this.ctx.register(component, sink);
    }
    for (const connection of this.scenario.connections) {
      const source = this.ctx.component(connection.source);
      const target = this.ctx.component(connection.target);
      if (!source || !target) continue; // the scenario loader already refused dangling ends
      const verdict = checkConnection(source.kind, target.kind);
      if (verdict.ok) this.ctx.connect(source.id, target.id, verdict.flow);
    }
    for (const fault of this.scenario.faults) this.inject(fault);
  }

  /** Whether the components have started (the first step or run starts them). */
  get isStarted(): boolean {
    return this.started;
  }

  /** Starts every component (idempotent); stepping starts it implicitly. */
  start(): void {
    if (this.started) return;
    this.started = true;
    for (const component of this.ctx.allComponents()) component.start();
  }

  step(): boolean {
    this.start();
    return this.scheduler.step();
  }

  runUntil(timeMs: number): number {
    this.start();
    return this.scheduler.runUntil(timeMs);
  }

  runFor(steps: number): number {
    this.start();
    return this.scheduler.runFor(steps);
  }

  /** Runs until the log holds at least `count` events (or nothing is left to do). */
  runUntilEvents(count: number): void {
    this.start();
    while (this.ctx.log.headPositionSync() < count && this.scheduler.step()) {}
  }

  /** Applies a fault now (or at atMs); with a duration, the previous value returns afterwards. */
  inject(fault: FaultInjection): void {
    const component = this.requireComponent(fault.target);
    const apply = () => {
      const previous = component.faults.get(fault.setting);
      component.faults.set(fault.setting, fault.value);
      if (fault.durationMs !== undefined) {
        this.scheduler.schedule(
          fault.durationMs,
          () => component.faults.set(fault.setting, previous),
          `end ${fault.setting} on ${fault.target}`,
        );
      }
    };
    // Before the start, even a fault "now" waits for the components to start, so the log tells
    // the story in order (started, then crashed).
    const due = fault.atMs ?? this.scheduler.now();
    if (this.started && due <= this.scheduler.now()) apply();
    else this.scheduler.at(due, apply, 'fault');
  }

  /**
   * Changes a component's configuration while it runs. Returns the settings that only take
   * effect after a reset (they shape structures built at the start, such as partitions).
   */
  reconfigure(componentId: string, config: Record<string, unknown>): string[] {
    const component = this.ctx.component(componentId);
    if (!component) throw new Error(`No component "${componentId}" to reconfigure`);
    if (!component.reconfigure) throw new Error(`${component.name} has no live configuration`);
    return component.reconfigure(config);
  }

  component(id: string): SimComponent | undefined {
    return this.ctx.component(id);
  }

  /** Events in the log (= its last position). */
  get eventCount(): number {
    return this.ctx.log.headPositionSync();
  }

  events(fromPosition = 1, limit?: number): StoredEvent[] {
    return this.ctx.log.readAllSync(fromPosition, limit);
  }

  snapshot(): SimulationSnapshot {
    return {
      time: this.scheduler.now(),
      events: this.eventCount,
      steps: this.scheduler.stepsRun,
      components: this.ctx.allComponents().map((component) => component.snapshot()),
    };
  }

  summary(): RunSummary {
    const sagas = { completed: 0, compensated: 0, stuck: 0 };
    let deadLetters = 0;
    const subscriberLag: Record<string, Record<string, number>> = {};
    const delivery: Record<string, DeliveryCounts> = {};
    for (const { id, extra, subscribers, delivery: counts } of this.snapshot().components) {
      if (counts) delivery[id] = counts;
      sagas.completed += extra.sagasCompleted ?? 0;
      sagas.compensated += extra.sagasCompensated ?? 0;
      sagas.stuck += extra.sagasStuck ?? 0;
      deadLetters += extra.deadLetters ?? 0;
      if (subscribers) {
        subscriberLag[id] = Object.fromEntries(subscribers.map((row) => [row.subscriber, row.lag]));
      }
    }
    return {
      events: this.eventCount,
      sagas,
      deadLetters,
      subscriberLag,
      delivery,
      logHash: hashLog(this.ctx.log.readAllSync()),
    };
  }

  private requireComponent(id: string): SimComponent {
    const component = this.ctx.component(id);
    if (component) return component;
    const kinds = this.ctx.allComponents().filter((candidate) => candidate.kind === id);
    if (kinds.length === 1) return kinds[0]!;
    const known = this.ctx
      .allComponents()
      .map((candidate) => candidate.id)
      .join(', ');
    const label =
      kinds.length > 1
        ? ` (${kinds.length} ${componentKindInfo[kinds[0]!.kind].label} components: name one by id)`
        : '';
    throw new Error(`No component "${id}"${label}; components are: ${known}`);
  }
}
