import { compilePattern, type TypeMatcher } from '../../../core/bus/pattern';
import { InMemoryProcessedIds } from '../../../core/reliability/processed-ids';
import { RetryPolicy } from '../../../core/reliability/retry-policy';
import type { Delivery } from '../../engine/sim-component';
import type { SimContext } from '../../engine/sim-context';
import type { ComponentConfigs } from '../../scenario/component-kinds';
import type { ScenarioComponent } from '../../scenario/scenario-schema';
import { BaseComponent } from '../base-component';
import type { AppliedRecord } from './applied-trace';
import { deadLetter } from './dead-letter-handoff';
import { payloadBytes } from './payload-size';
import { isPoisonMessage } from './poison';

type ConsumerDefinition = Extract<ScenarioComponent, { kind: 'consumer' }>;

/** One delivery being worked on, across its retries. */
interface Work {
  readonly delivery: Delivery;
  readonly receivedAt: number;
  /** The crash generation it belongs to: a crash abandons it. */
  readonly epoch: number;
  attempt: number;
  firstFailedAt: number | null;
}

/**
 * A generic handler behind a bus. Each delivery takes a processing time; a failure is retried in
 * place after the retry policy's backoff (the partition waits, which keeps it FIFO), and after
 * the last attempt the event goes to the connected Dead Letter Queue (or is discarded, visibly).
 * Idempotent consumers remember applied event ids and skip repeats; others apply them again,
 * which is counted and logged so the harm shows. Successes are metrics, not events.
 */
export class ConsumerComponent extends BaseComponent {
  /** Public: the bus reads `instances` to size the consumer group. */
  readonly config: ComponentConfigs['consumer'];
  protected override readonly fixedSettings = ['instances', 'group'];
  private matches!: TypeMatcher;
  private policy!: RetryPolicy;
  // Durable, like a processed-id table written in the handler's own transaction: a crash keeps it.
  private readonly applied = new InMemoryProcessedIds();
  private epoch = 0;
  private trace: AppliedRecord[] | null = null;
  /** Highest stream version applied per stream, to notice out-of-order application. */
  private readonly lastVersion = new Map<string, number>();

  constructor(ctx: SimContext, definition: ConsumerDefinition) {
    super(ctx, definition);
    this.config = definition.config;
    this.onReconfigure();
  }

  /** The subscription pattern and retry policy are derived from the configuration. */
  protected override onReconfigure(): void {
    try {
      this.matches = compilePattern(this.config.subscribe);
    } catch (error) {
      throw new Error(`Consumer "${this.id}": ${(error as Error).message}`);
    }
    const { retry } = this.config;
    this.policy = new RetryPolicy({
      initialIntervalMs: Math.max(retry.initialIntervalMs, 1),
      backoffCoefficient: retry.backoffCoefficient,
      maximumIntervalMs: Math.max(retry.maximumIntervalMs, retry.initialIntervalMs, 1),
      maximumAttempts: retry.maximumAttempts,
    });
  }

  override accepts(type: string): boolean {
    return this.matches(type);
  }

  /** Starts recording every application (tests and diagnostics); returns the live list. */
  traceApplied(): readonly AppliedRecord[] {
    this.trace ??= [];
    return this.trace;
  }

  override deliver(delivery: Delivery): void {
    this.metrics.received += 1;
    this.metrics.inFlight += 1;
    if (delivery.event.metadata.payloadStyle !== 'notification') {
      this.metrics.count('payloadBytes', payloadBytes(delivery.event));
    }
    const now = this.ctx.scheduler.now();
    this.begin({ delivery, receivedAt: now, epoch: this.epoch, attempt: 1, firstFailedAt: null });
  }

  protected override onCrash(): void {
    // The group rewinds to its commits; whatever was in flight here is simply dropped.
    this.epoch += 1;
    this.metrics.inFlight = 0;
  }

  private begin(work: Work): void {
    const { event } = work.delivery;
    let time = this.drawLatency(this.config.latency);
    const caughtRepeat = this.config.idempotent && this.applied.has(event.id);
    if (event.metadata.payloadStyle === 'notification' && !caughtRepeat) {
      // A thin event: the handler asks the source for the state before it can act.
      this.metrics.count('queriesBack');
      time += this.drawLatency(this.config.latency);
    }
    this.ctx.scheduler.schedule(time, () => this.complete(work), 'consumer handle');
  }

  private complete(work: Work): void {
    if (work.epoch !== this.epoch || this.faults.down) return;
    const { delivery } = work;
    const { event } = delivery;
    const repeat = this.applied.has(event.id);
    if (repeat && this.config.idempotent) {
      this.metrics.count('duplicatesCaught');
      this.finish(work, 'skipped');
      return;
    }
    // Poison first: a rate of 0 draws nothing, so runs without poison keep their exact logs.
    const poisoned = isPoisonMessage(event.id, this.config.poisonRate);
    if (poisoned || this.faults.shouldFail(this.random)) {
      this.fail(work, poisoned);
      return;
    }
    this.apply(delivery, repeat);
    this.metrics.handled += 1;
    this.metrics.latency.record(this.ctx.scheduler.now() - work.receivedAt);
    this.finish(work, 'handled');
  }

  /**
   * A stream's events must be applied in version order. Reorder jitter on the bus (or keying by
   * something other than the stream) can break that; when it happens the log says so, so the
   * invariant checks can point at it.
   */
  private checkStreamOrder(delivery: Delivery): void {
    const { event } = delivery;
    const last = this.lastVersion.get(event.streamId) ?? 0;
    if (event.streamVersion >= last) {
      this.lastVersion.set(event.streamId, event.streamVersion);
      return;
    }
    this.metrics.count('orderViolations');
    this.ctx.system(
      this,
      'system.order.violated',
      {
        eventId: event.id,
        streamId: event.streamId,
        version: event.streamVersion,
        lastAppliedVersion: last,
        consumerId: this.id,
        partition: delivery.partition,
      },
      event,
    );
  }

  private apply(delivery: Delivery, repeat: boolean): void {
    const { event } = delivery;
    this.metrics.count('applied');
    if (repeat) {
      this.metrics.count('duplicatesApplied');
      this.ctx.system(
        this,
        'system.duplicate.applied',
        { eventId: event.id, consumerId: this.id },
        event,
      );
    } else {
      this.applied.add(event.id);
      this.checkStreamOrder(delivery);
    }
    this.trace?.push({
      eventId: event.id,
      type: event.type,
      streamId: event.streamId,
      streamVersion: event.streamVersion,
      position: event.position,
      partitionKey: event.partitionKey ?? event.correlationId,
      partition: delivery.partition,
      offset: delivery.offset,
      time: this.ctx.scheduler.now(),
      repeat,
    });
  }

  private fail(work: Work, poisoned: boolean): void {
    const { event } = work.delivery;
    const now = this.ctx.scheduler.now();
    work.firstFailedAt ??= now;
    const maximum = this.policy.maximumAttempts;
    const what = poisoned ? `poison message ${event.type}` : event.type;
    const reason = `${this.name} failed to handle ${what} (attempt ${work.attempt} of ${maximum})`;
    this.reportFailure(reason, event);
    if (this.policy.shouldRetry(work.attempt, reason)) {
      work.attempt += 1;
      this.metrics.count('retries');
      // Retried in place: the instance stays busy, so its partitions wait and stay in order.
      this.ctx.scheduler.schedule(
        this.policy.delayBeforeAttempt(work.attempt),
        () => {
          if (work.epoch === this.epoch && !this.faults.down) this.begin(work);
        },
        'consumer retry',
      );
      return;
    }
    deadLetter(this.ctx, this, {
      event,
      subscriberId: this.id,
      busId: work.delivery.busId,
      attempts: work.attempt,
      lastError: reason,
      firstFailedAt: work.firstFailedAt,
    });
    this.finish(work, 'dead-lettered');
  }

  private finish(work: Work, outcome: 'handled' | 'skipped' | 'dead-lettered'): void {
    this.metrics.inFlight = Math.max(0, this.metrics.inFlight - 1);
    work.delivery.done(outcome);
  }
}
