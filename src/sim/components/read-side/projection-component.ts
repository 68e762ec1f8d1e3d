import type { CheckpointedProjection } from '../../../core/projections/checkpointed-projection';
import type { Projection, ProjectionView } from '../../../core/projections/projection';
import { ProjectionManager } from '../../../core/projections/projection-manager';
import type { Delivery } from '../../engine/sim-component';
import type { SimContext } from '../../engine/sim-context';
import type { ComponentMetricsSnapshot } from '../../metrics/component-metrics';
import type { ComponentConfigs } from '../../scenario/component-kinds';
import type { ScenarioComponent } from '../../scenario/scenario-schema';
import { BaseComponent } from '../base-component';
import { orderProjections } from './order-projections';
import { PushedProjection } from './pushed-projection';

type ProjectionDefinition = Extract<ScenarioComponent, { kind: 'projection' }>;

/** Pause before the next poll when a full batch says more is waiting (catch-up). */
const CATCH_UP_DELAY_MS = 1;

/**
 * A read model (order list or statistics) kept from the log. Fed by an Event Store it pulls: every
 * pollIntervalMs the kernel's ProjectionManager reads the next batch after its checkpoint and
 * applies each position once (so a crash only pauses it and a restart catches up from the
 * checkpoint). Fed by a bus it applies deliveries once by id. Lag is the distance from the
 * checkpoint to the log head, in positions and in virtual ms.
 */
export class ProjectionComponent extends BaseComponent {
  readonly config: ComponentConfigs['projection'];
  protected override readonly fixedSettings = ['projection'];
  private readonly projection: Projection<unknown>;
  /** This component's own manager: its checkpoint moves on its own poll schedule and faults. */
  private readonly manager = new ProjectionManager();
  private readonly pulled: CheckpointedProjection<unknown>;
  private readonly pushed: PushedProjection<unknown>;
  private pulls: boolean | null = null;
  /** Bumped by a crash so a poll timer from before it cannot run twice after a restart. */
  private generation = 0;

  constructor(ctx: SimContext, definition: ProjectionDefinition) {
    super(ctx, definition);
    this.config = definition.config;
    this.projection = orderProjections[this.config.projection];
    this.pulled = this.manager.register(this.projection);
    this.pushed = new PushedProjection(this.projection, ctx.log);
  }

  /** The running projection, for queries: its name, checkpoint and live (read-only) model. */
  view(): ProjectionView<unknown> {
    return this.pullsFromStore() ? this.pulled : this.pushed;
  }

  /** The live read model: read it, never write it. */
  readModel(): unknown {
    return this.view().model;
  }

  /** The log position the read model reflects completely. */
  checkpoint(): number {
    return this.view().checkpoint;
  }

  /** Which kernel projection this runs ('order-list' or 'order-statistics'). */
  get projectionName(): string {
    return this.projection.name;
  }

  override accepts(type: string): boolean {
    // A projection that pulls from a store ignores a bus as well: one feed, one checkpoint.
    return !this.pullsFromStore() && this.projection.canHandle(type);
  }

  override deliver(delivery: Delivery): void {
    this.metrics.received += 1;
    const epoch = this.generation;
    // Applied on a task of its own: finishing inside deliver would recurse through the group.
    this.ctx.scheduler.schedule(
      0,
      () => {
        if (epoch !== this.generation || this.faults.down) return;
        const applied = !this.pullsFromStore() && this.pushed.apply(delivery.event);
        if (applied) {
          this.metrics.handled += 1;
          this.metrics.count('applied');
        }
        delivery.done(applied ? 'handled' : 'skipped');
      },
      'projection apply',
    );
  }

  protected override onStart(): void {
    if (this.pullsFromStore()) this.schedulePoll(0);
  }

  protected override onCrash(): void {
    this.generation += 1;
  }

  protected override onRestart(): void {
    if (this.pullsFromStore()) this.schedulePoll(0);
  }

  override snapshot(): ComponentMetricsSnapshot {
    const checkpoint = this.checkpoint();
    const head = this.ctx.log.headPositionSync();
    const oldest = this.ctx.log.readAllSync(checkpoint + 1, 1)[0];
    this.metrics.extra.checkpoint = checkpoint;
    this.metrics.extra.lagPositions = head - checkpoint;
    this.metrics.extra.lagMs = oldest ? Math.max(0, this.ctx.scheduler.now() - oldest.time) : 0;
    this.metrics.extra.applied ??= 0;
    return super.snapshot();
  }

  private pullsFromStore(): boolean {
    this.pulls ??= this.ctx
      .sources(this.id, 'events')
      .some((source) => source.kind === 'event-store');
    return this.pulls;
  }

  private schedulePoll(delayMs: number): void {
    const generation = this.generation;
    this.ctx.scheduler.schedule(delayMs, () => this.poll(generation), 'projection poll');
  }

  private poll(generation: number): void {
    if (generation !== this.generation || this.faults.down) return;
    // A slow projection polls less often; a zero interval would spin at one virtual instant.
    const interval = Math.max(1, this.config.pollIntervalMs * this.faults.slowFactor);
    if (this.faults.shouldFail(this.random)) {
      this.reportFailure(`${this.name} failed to read the log`);
      this.schedulePoll(interval);
      return;
    }
    const { read, evolved } = this.manager.pollSync(this.ctx.log, this.config.batchSize);
    this.metrics.received += read;
    this.metrics.handled += evolved;
    this.metrics.count('applied', evolved);
    this.metrics.count('polls');
    this.schedulePoll(read === this.config.batchSize ? CATCH_UP_DELAY_MS : interval);
  }
}
