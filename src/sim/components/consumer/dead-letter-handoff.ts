import type { DeadLetterSink, FailureRecord } from '../../../core/reliability/dead-letter-queue';
import { describeError } from '../../../core/reliability/describe-error';
import type { SimComponent } from '../../engine/sim-component';
import type { SimContext } from '../../engine/sim-context';
import type { DeadLetterRequest } from '../dlq/dead-letter-entry';
import { DeadLetterQueueComponent } from '../dlq/dead-letter-queue-component';
import type { ConsumerWork } from './consumer-work';

/**
 * Where the kernel's retry (src/core/reliability/deliver-with-retry.ts) sends a consumer's
 * delivery that used up its attempts: the consumer's Dead Letter Queue(s). When none is
 * connected, or every one refuses (down, full), the message is discarded: counted and recorded
 * as a system event, so nothing disappears silently.
 */
export class DeadLetterHandoff implements DeadLetterSink<ConsumerWork> {
  constructor(
    private readonly ctx: SimContext,
    private readonly consumer: SimComponent,
  ) {}

  record(failure: Required<FailureRecord<ConsumerWork>>): void {
    const { event, busId } = failure.event.delivery;
    const request: DeadLetterRequest = {
      event,
      subscriberId: failure.subscription,
      busId,
      attempts: failure.attempts,
      lastError: describeError(failure.error),
      firstFailedAt: failure.firstFailedAt,
    };
    const reasons: string[] = [];
    let parked = false;
    for (const target of this.ctx.targets(this.consumer.id, 'dead-letters')) {
      if (!(target instanceof DeadLetterQueueComponent)) continue;
      const result = target.park(request);
      if (result.ok) parked = true;
      else reasons.push(result.reason);
    }
    if (parked) {
      this.consumer.metrics.count('deadLettered');
      return;
    }
    this.consumer.metrics.count('discarded');
    const reason = reasons.length > 0 ? reasons.join('; ') : 'no dead-letter queue is connected';
    this.ctx.system(
      this.consumer,
      'system.message.discarded',
      {
        eventId: event.id,
        eventType: event.type,
        attempts: request.attempts,
        lastError: request.lastError,
        reason,
      },
      event,
    );
  }
}
