import { compilePattern, type TypeMatcher } from '../../../core/bus/pattern';
import {
  type AttemptFailure,
  type DeliverySettled,
  deliverWithRetry,
  type RetryDeps,
} from '../../../core/reliability/deliver-with-retry';
import { describeError } from '../../../core/reliability/describe-error';
import {
  IdempotentHandler,
  type IdempotentOutcome,
} from '../../../core/reliability/idempotent-handler';
import { InMemoryProcessedIds } from '../../../core/reliability/processed-ids';
import { RetryPolicy } from '../../../core/reliability/retry-policy';
import type { Delivery } from '../../engine/sim-component';
import type { SimContext } from '../../engine/sim-context';
import type { ComponentConfigs } from '../../scenario/component-kinds';
import type { ScenarioComponent } from '../../scenario/scenario-schema';
import { BaseComponent } from '../base-component';
import type { AppliedRecord } from './applied-trace';
import type { ConsumerWork } from './consumer-work';
import { DeadLetterHandoff } from './dead-letter-handoff';
import { payloadBytes } from './payload-size';
import { isPoisonMessage } from './poison';

type ConsumerDefinition = Extract<ScenarioComponent, { kind: 'consumer' }>;

/**
 * A generic handler behind a bus, a thin adapter over the kernel: each attempt takes a drawn
 * processing time, and the kernel decides the rest. Its retry (deliverWithRetry) retries a
 * failure after the policy's backoff and hands a delivery that used up its attempts to the
 * connected Dead Letter Queue (or discards it, visibly); the delivery is done only when it
 * settles, so its partition waits and stays FIFO. Its IdempotentHandler skips repeats of applied
 * event ids; a consumer that is not idempotent applies them again, which is counted and logged
 * so the harm shows. Successes are metrics, not events.
 */
export class ConsumerComponent extends BaseComponent {
  /** Public: the bus reads `instances` to size the consumer group. */
  readonly config: ComponentConfigs['consumer'];
  protected override readonly fixedSettings = ['instances', 'group'];
  private matches!: TypeMatcher;
  private policy!: RetryPolicy;
  // Its processed ids are durable, like a table written in the handler's own transaction: a
  // crash keeps them. `idempotent` is read at each delivery, so it can be switched live.
  private readonly idempotency = new IdempotentHandler<ConsumerWork>(
    (work, repeat) => this.handle(work, repeat),
    new InMemoryProcessedIds(),
    () => this.config.idempotent,
  );
  private readonly deadLetters = new DeadLetterHandoff(this.ctx, this);
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
    // The group hands out an offset again after a crash before its commit (at-least-once).
    if (delivery.deliveryCount > 1) this.metrics.count('redelivered');
    if (delivery.event.metadata.payloadStyle !== 'notification') {
      this.metrics.count('payloadBytes', payloadBytes(delivery.event));
    }
    const work: ConsumerWork = {
      id: delivery.event.id,
      delivery,
      receivedAt: this.ctx.scheduler.now(),
      epoch: this.epoch,
      attempt: 1,
    };
    this.afterProcessing(work, () =>
      deliverWithRetry(work, this.id, this.attempt, this.retryDeps(work)),
    );
  }

  protected override onCrash(): void {
    // The group rewinds to its commits; whatever was in flight here is simply dropped.
    this.epoch += 1;
    this.metrics.inFlight = 0;
  }

  /** Runs `next` after the handler's processing time, unless a crash abandoned the work. */
  private afterProcessing(work: ConsumerWork, next: () => void): void {
    let time = this.drawLatency(this.config.latency);
    const { event } = work.delivery;
    if (event.metadata.payloadStyle === 'notification' && !this.idempotency.skips(work)) {
      // A thin event: the handler asks the source for the state before it can act.
      this.metrics.count('queriesBack');
      time += this.drawLatency(this.config.latency);
    }
    this.ctx.scheduler.schedule(time, () => this.ifCurrent(work, next), 'consumer handle');
  }

  private ifCurrent(work: ConsumerWork, next: () => void): void {
    if (work.epoch === this.epoch && !this.faults.down) next();
  }

  /**
   * The kernel's retry in virtual time: a retry waits its backoff, then takes a processing time
   * like any attempt; a crash (or going down) meanwhile abandons it, and the bus redelivers.
   */
  private retryDeps(work: ConsumerWork): RetryDeps<ConsumerWork, IdempotentOutcome> {
    const livePolicy = () => this.policy;
    return {
      // Read at each failure: a retry setting edited while a retry waits applies to it.
      get policy() {
        return livePolicy();
      },
      scheduler: {
        schedule: (delayMs, task) =>
          this.ctx.scheduler.schedule(
            delayMs,
            () => this.ifCurrent(work, () => this.afterProcessing(work, task)),
            'consumer retry',
          ),
      },
      clock: this.ctx.scheduler.clock,
      deadLetters: this.deadLetters,
      onAttemptFailed: this.reportAttemptFailure,
      onSettled: this.settle,
    };
  }

  /** One attempt as the kernel's retry runs it; the attempt number goes into a failure's reason. */
  private readonly attempt = (work: ConsumerWork, attempt: number): IdempotentOutcome => {
    work.attempt = attempt;
    return this.idempotency.handle(work);
  };

  /** One attempt past the duplicate check: fails on poison or an injected fault, else applies. */
  private handle(work: ConsumerWork, repeat: boolean): void {
    const { delivery } = work;
    const { event } = delivery;
    // Poison first: a rate of 0 draws nothing, so runs without poison keep their exact logs.
    const poisoned = isPoisonMessage(event.id, this.config.poisonRate);
    if (poisoned || this.faults.shouldFail(this.random)) {
      const what = poisoned ? `poison message ${event.type}` : event.type;
      const of = `attempt ${work.attempt} of ${this.policy.maximumAttempts}`;
      throw new Error(`${this.name} failed to handle ${what} (${of})`);
    }
    this.apply(delivery, repeat);
  }

  private readonly reportAttemptFailure = (failure: AttemptFailure<ConsumerWork>): void => {
    this.reportFailure(describeError(failure.error), failure.event.delivery.event);
    if (failure.retryInMs !== null) this.metrics.count('retries');
  };

  private readonly settle = (settled: DeliverySettled<ConsumerWork, IdempotentOutcome>): void => {
    const work = settled.event;
    if (settled.status === 'dead-lettered') {
      this.finish(work, 'dead-lettered');
    } else if (settled.result === 'duplicate') {
      this.metrics.count('duplicatesCaught');
      this.finish(work, 'skipped');
    } else {
      this.metrics.handled += 1;
      this.metrics.latency.record(this.ctx.scheduler.now() - work.receivedAt);
      this.finish(work, 'handled');
    }
  };

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

  private finish(work: ConsumerWork, outcome: 'handled' | 'skipped' | 'dead-lettered'): void {
    this.metrics.inFlight = Math.max(0, this.metrics.inFlight - 1);
    work.delivery.done(outcome);
  }
}
