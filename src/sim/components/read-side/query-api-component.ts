import { askQuery } from '../../../core/cqrs/query';
import {
  type ReadConsistency,
  type ReadVerdict,
  readVerdict,
  type Staleness,
  stalenessOf,
} from '../../../core/cqrs/read-consistency';
import { orderQueries } from '../../../core/projections/order-queries';
import { orderStatisticsProjectionName } from '../../../core/projections/order-statistics-projection';
import type { SimContext } from '../../engine/sim-context';
import type { ComponentConfigs } from '../../scenario/component-kinds';
import type { ScenarioComponent } from '../../scenario/scenario-schema';
import { BaseComponent } from '../base-component';
import { ProjectionComponent } from './projection-component';
import { RecentOrders } from './recent-orders';
import { latestPositionOfOrder } from './write-positions';

type QueryApiDefinition = Extract<ScenarioComponent, { kind: 'query-api' }>;

/** How often a read-your-writes query looks at the projection again while it waits. */
export const RECHECK_MS = 10;
/** How long a read-your-writes query waits before it gives up and answers stale. */
export const MAX_WAIT_MS = 5000;
/** How many recently placed orders a client may ask about. */
const RECENT_ORDERS = 16;

/**
 * The latest read, for the Queries panel; `minPosition` is the position of the order's latest
 * event (what read-your-writes needs reflected), `position` the projection's checkpoint then.
 */
export interface QueryRead extends Staleness {
  readonly query: 'GetOrder' | 'GetOrderStatistics';
  readonly orderId: string;
  readonly waitedMs: number;
  readonly result: unknown;
}

/** A read asked of one projection, from when it was asked. */
interface AskedRead {
  readonly projection: ProjectionComponent;
  readonly orderId: string;
  readonly minPosition: number;
  /** Virtual time it was asked. */
  readonly since: number;
}

/**
 * Clients reading what they just wrote: at ratePerSecond (Poisson) it asks the connected
 * projection about a recently placed order, through the kernel's order queries, and the kernel's
 * read consistency compares the projection's checkpoint with the position of that order's latest
 * event. Behind it, the read is stale: counted, or (with readYourWrites) held and re-checked
 * every 10 ms of virtual time until the projection catches up or MAX_WAIT_MS passes.
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
    const minPosition = latestPositionOfOrder(this.ctx.log, orderId);
    const read = { projection, orderId, minPosition, since: this.ctx.scheduler.now() };
    const verdict = this.verdictFor(read);
    if (verdict.kind === 'wait') {
      this.metrics.count('waitedReads');
      this.metrics.inFlight += 1;
      this.recheck(read, generation);
      return;
    }
    if (verdict.stale) this.metrics.count('staleReads');
    this.answer(read, 0);
  }

  private recheck(read: AskedRead, generation: number): void {
    this.ctx.scheduler.schedule(
      RECHECK_MS,
      () => {
        if (generation !== this.generation || this.faults.down) return;
        const verdict = this.verdictFor(read);
        if (verdict.kind === 'wait') {
          this.recheck(read, generation);
          return;
        }
        const waited = this.ctx.scheduler.now() - read.since;
        this.metrics.inFlight = Math.max(0, this.metrics.inFlight - 1);
        this.metrics.count('waitMs', waited);
        if (verdict.stale) {
          this.metrics.count('waitTimeouts');
          this.metrics.count('staleReads');
        }
        this.answer(read, waited);
      },
      'query recheck',
    );
  }

  private verdictFor(read: AskedRead): ReadVerdict {
    return readVerdict(this.consistency(), {
      checkpoint: read.projection.checkpoint(),
      minPosition: read.minPosition,
      waitedMs: this.ctx.scheduler.now() - read.since,
      canWait: true,
    });
  }

  private consistency(): ReadConsistency {
    return { readYourWrites: this.config.readYourWrites, maxWaitMs: MAX_WAIT_MS };
  }

  private answer({ projection, orderId, minPosition }: AskedRead, waitedMs: number): void {
    const view = projection.view();
    const staleness = stalenessOf(view.checkpoint, minPosition, this.ctx.log.headPositionSync());
    const statistics = projection.projectionName === orderStatisticsProjectionName;
    const result = statistics
      ? askQuery(orderQueries, { type: 'GetOrderStatistics', params: {} }, view)
      : askQuery(orderQueries, { type: 'GetOrder', params: { orderId } }, view);
    if (result === null) this.metrics.count('notFound');
    this.metrics.count('reads');
    this.metrics.handled += 1;
    this.metrics.latency.record(waitedMs);
    this.latest = {
      query: statistics ? 'GetOrderStatistics' : 'GetOrder',
      orderId,
      ...staleness,
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
}
