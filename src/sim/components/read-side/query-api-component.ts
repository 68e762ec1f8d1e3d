import { orderStreamId } from '../../../core/order/order-events';
import type { OrderListModel } from '../../../core/projections/order-list-projection';
import { getOrder } from '../../../core/projections/order-list-queries';
import type { OrderStatisticsModel } from '../../../core/projections/order-statistics-projection';
import { orderStatistics } from '../../../core/projections/order-statistics-queries';
import type { SimContext } from '../../engine/sim-context';
import type { ComponentConfigs } from '../../scenario/component-kinds';
import type { ScenarioComponent } from '../../scenario/scenario-schema';
import { BaseComponent } from '../base-component';
import { ProjectionComponent } from './projection-component';
import { RecentOrders } from './recent-orders';

type QueryApiDefinition = Extract<ScenarioComponent, { kind: 'query-api' }>;

/** How often a read-your-writes query looks at the projection again while it waits. */
export const RECHECK_MS = 10;
/** How long a read-your-writes query waits before it gives up and answers stale. */
export const MAX_WAIT_MS = 5000;
/** How many recently placed orders a client may ask about. */
const RECENT_ORDERS = 16;

/** The latest read, for the Queries panel. */
export interface QueryRead {
  readonly query: 'GetOrder' | 'GetOrderStatistics';
  readonly orderId: string;
  /** Position of the order's latest event: what read-your-writes needs reflected. */
  readonly minPosition: number;
  /** The projection's checkpoint when it answered. */
  readonly position: number;
  readonly stale: boolean;
  readonly waitedMs: number;
  readonly result: unknown;
}

/**
 * Clients reading what they just wrote: at ratePerSecond (Poisson) it asks the connected
 * projection about a recently placed order and compares the projection's checkpoint with the
 * position of that order's latest event. Behind it, the read is stale: counted, or (with
 * readYourWrites) held and re-checked every 10 ms until the projection catches up.
 *
 * The kernel QueryBus answers through Promises, which settle outside the scheduler's steps and
 * its `wait` runs one catch-up rather than waiting in time; so the consistency check is done here,
 * in virtual time, with the kernel's query functions (getOrder, orderStatistics) for the answers.
 */
export class QueryApiComponent extends BaseComponent {
  readonly config: ComponentConfigs['query-api'];
  private readonly recent: RecentOrders;
  private generation = 0;
  private latest: QueryRead | null = null;

  constructor(ctx: SimContext, definition: QueryApiDefinition) {
    super(ctx, definition);
    this.config = definition.config;
    this.recent = new RecentOrders(ctx.log, RECENT_ORDERS);
  }

  /** The most recent answer, or null before the first. */
  lastRead(): QueryRead | null {
    return this.latest;
  }

  protected override onStart(): void {
    this.scheduleNext();
  }

  protected override onCrash(): void {
    this.generation += 1;
    this.metrics.inFlight = 0;
  }

  protected override onRestart(): void {
    this.scheduleNext();
  }

  private scheduleNext(): void {
    if (this.config.ratePerSecond <= 0) return;
    const generation = this.generation;
    const gap = this.random.exponential(1000 / this.config.ratePerSecond);
    this.ctx.scheduler.schedule(gap, () => this.tick(generation), 'query');
  }

  private tick(generation: number): void {
    if (generation !== this.generation || this.faults.down) return;
    this.scheduleNext();
    const projection = this.projection();
    const ids = this.recent.current();
    if (!projection || ids.length === 0) return;
    this.metrics.received += 1;
    if (this.faults.shouldFail(this.random)) {
      this.reportFailure(`${this.name} failed to answer a query`);
      return;
    }
    const orderId = this.random.pick(ids);
    const minPosition = this.latestPositionOf(orderId);
    if (projection.checkpoint() >= minPosition) {
      this.answer(projection, orderId, minPosition, 0);
    } else if (!this.config.readYourWrites) {
      this.metrics.count('staleReads');
      this.answer(projection, orderId, minPosition, 0);
    } else {
      this.metrics.count('waitedReads');
      this.metrics.inFlight += 1;
      this.recheck(projection, orderId, minPosition, this.ctx.scheduler.now(), generation);
    }
  }

  private recheck(
    projection: ProjectionComponent,
    orderId: string,
    minPosition: number,
    since: number,
    generation: number,
  ): void {
    this.ctx.scheduler.schedule(
      RECHECK_MS,
      () => {
        if (generation !== this.generation || this.faults.down) return;
        const waited = this.ctx.scheduler.now() - since;
        const fresh = projection.checkpoint() >= minPosition;
        if (!fresh && waited < MAX_WAIT_MS) {
          this.recheck(projection, orderId, minPosition, since, generation);
          return;
        }
        this.metrics.inFlight = Math.max(0, this.metrics.inFlight - 1);
        this.metrics.count('waitMs', waited);
        if (!fresh) {
          this.metrics.count('waitTimeouts');
          this.metrics.count('staleReads');
        }
        this.answer(projection, orderId, minPosition, waited);
      },
      'query recheck',
    );
  }

  private answer(
    projection: ProjectionComponent,
    orderId: string,
    minPosition: number,
    waitedMs: number,
  ): void {
    const position = projection.checkpoint();
    const model = projection.readModel();
    const statistics = projection.projectionName === 'order-statistics';
    const result = statistics
      ? orderStatistics(model as OrderStatisticsModel)
      : getOrder(model as OrderListModel, orderId);
    if (result === null) this.metrics.count('notFound');
    this.metrics.count('reads');
    this.metrics.handled += 1;
    this.metrics.latency.record(waitedMs);
    this.latest = {
      query: statistics ? 'GetOrderStatistics' : 'GetOrder',
      orderId,
      minPosition,
      position,
      stale: position < minPosition,
      waitedMs,
      result,
    };
  }

  /** The connected projection to ask: an order list if there is one (it answers GetOrder). */
  private projection(): ProjectionComponent | undefined {
    let fallback: ProjectionComponent | undefined;
    for (const source of this.ctx.sources(this.id, 'reads')) {
      if (!(source instanceof ProjectionComponent) || source.faults.down) continue;
      if (source.projectionName === 'order-list') return source;
      fallback ??= source;
    }
    return fallback;
  }

  private latestPositionOf(orderId: string): number {
    const streamId = orderStreamId(orderId);
    const version = this.ctx.log.streamVersionSync(streamId);
    return this.ctx.log.readStreamSync(streamId, version, 1)[0]?.position ?? 0;
  }
}
