import type { Command } from '../../core/messages/command';
import type { Delivery, SimComponent } from '../engine/sim-component';
import type { SimContext } from '../engine/sim-context';
import { FaultState } from '../faults/fault-state';
import { CapacityMeter } from '../metrics/capacity-meter';
import { ComponentMetrics, type ComponentMetricsSnapshot } from '../metrics/component-metrics';
import { deliveryCountsOf } from '../metrics/delivery-counts';
import type { Random } from '../random/random';
import type { LatencySettings } from '../scenario/component-configs';
import type { ComponentKind } from '../scenario/component-kinds';
import { activeFaults, type FaultSetting, type FaultValue } from '../scenario/fault-settings';
import type { ScenarioComponent } from '../scenario/scenario-schema';

/**
 * What every simulated component shares: identity, live faults, metrics, its own random stream,
 * and system events when it starts, crashes and restarts (so faults are visible in the log).
 */
export abstract class BaseComponent implements SimComponent {
  readonly id: string;
  readonly kind: ComponentKind;
  readonly name: string;
  readonly faults: FaultState;
  readonly metrics: ComponentMetrics;
  readonly capacity = new CapacityMeter();
  protected readonly random: Random;
  /** The same object the subclass reads as its typed `config`: edits are seen at once. */
  private readonly liveConfig: Record<string, unknown>;
  /** Settings fixed once the component has started (structures are built from them). */
  protected readonly fixedSettings: readonly string[] = [];

  constructor(
    protected readonly ctx: SimContext,
    definition: ScenarioComponent,
  ) {
    this.id = definition.id;
    this.kind = definition.kind;
    this.name = definition.name;
    this.faults = new FaultState(definition.faults);
    this.metrics = new ComponentMetrics(definition.id);
    this.random = ctx.random.fork();
    this.liveConfig = definition.config as Record<string, unknown>;
    this.faults.onChange((setting) => {
      if (setting !== 'down') return;
      if (this.faults.down) {
        this.ctx.system(this, 'system.service.crashed', { name: this.name });
        this.onCrash();
      } else {
        this.ctx.system(this, 'system.service.restarted', { name: this.name });
        this.onRestart();
      }
    });
  }

  start(): void {
    this.ctx.system(this, 'system.service.started', { name: this.name });
    this.onStart();
  }

  /**
   * Applies configuration edits in place (validated by the caller against the kind's schema);
   * values read on use take effect immediately. Fixed settings are kept and reported.
   */
  reconfigure(config: Record<string, unknown>): string[] {
    const deferred: string[] = [];
    for (const [key, value] of Object.entries(config)) {
      if (!(key in this.liveConfig)) continue;
      if (this.fixedSettings.includes(key)) {
        if (JSON.stringify(this.liveConfig[key]) !== JSON.stringify(value)) deferred.push(key);
        continue;
      }
      this.liveConfig[key] = value;
    }
    this.onReconfigure();
    return deferred;
  }

  /** Rebuilds anything derived from the configuration (policies, matchers). */
  protected onReconfigure(): void {}

  /** Schedules the component's own recurring work. */
  protected onStart(): void {}
  /** Drops in-memory work that a crash would lose. */
  protected onCrash(): void {}
  /** Resumes after a crash. */
  protected onRestart(): void {}

  receiveCommand?(command: Command, from: string): void;
  deliver?(delivery: Delivery): void;
  accepts?(type: string): boolean;

  /** A processing time drawn from the latency settings, stretched by slow mode. */
  protected drawLatency(latency: LatencySettings): number {
    const median = this.faults.latencyMs ?? latency.medianMs;
    // An exponential with median m has mean m / ln 2 (its median is mean x ln 2).
    const drawn =
      latency.distribution === 'exponential'
        ? this.random.exponential(median / Math.LN2)
        : this.random.logNormal(median, latency.sigma);
    return drawn * this.faults.slowFactor;
  }

  /** Reports a failed attempt: counted, and a system event in the log linked to its cause. */
  protected reportFailure(reason: string, cause?: { id: string; correlationId: string }): void {
    this.metrics.errors += 1;
    this.ctx.system(this, 'system.error.occurred', { reason }, cause);
  }

  /** A fault setting's level now (the live FaultState; a bus reads its delivery faults itself). */
  protected faultInEffect(setting: FaultSetting): FaultValue {
    return this.faults.get(setting);
  }

  /** The metrics, with every fault in effect (the canvas badges them) and the health they mean. */
  snapshot(): ComponentMetricsSnapshot {
    const faults = activeFaults((setting) => this.faultInEffect(setting));
    const status = faults.down ? 'down' : Object.keys(faults).length > 0 ? 'failing' : 'running';
    const snapshot = this.metrics.snapshot(status, faults);
    const delivery = deliveryCountsOf(this.kind, snapshot);
    const capacity = this.capacity.measured
      ? this.capacity.read(this.ctx.scheduler.now())
      : undefined;
    return {
      ...snapshot,
      ...(delivery ? { delivery } : {}),
      ...(capacity ? { capacity } : {}),
    };
  }
}
