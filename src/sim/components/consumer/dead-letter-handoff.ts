import type { SimComponent } from '../../engine/sim-component';
import type { SimContext } from '../../engine/sim-context';
import type { DeadLetterRequest } from '../dlq/dead-letter-entry';
import { DeadLetterQueueComponent } from '../dlq/dead-letter-queue-component';

/**
 * Hands a delivery that used up its retries to the consumer's Dead Letter Queue(s). When none is
 * connected, or every one refuses (down, full), the message is discarded: counted and recorded as
 * a system event, so nothing disappears silently.
 */
export function deadLetter(
  ctx: SimContext,
  consumer: SimComponent,
  request: DeadLetterRequest,
): void {
  const reasons: string[] = [];
  let parked = false;
  for (const target of ctx.targets(consumer.id, 'dead-letters')) {
    if (!(target instanceof DeadLetterQueueComponent)) continue;
    const result = target.park(request);
    if (result.ok) parked = true;
    else reasons.push(result.reason);
  }
  if (parked) {
    consumer.metrics.count('deadLettered');
    return;
  }
  consumer.metrics.count('discarded');
  const reason = reasons.length > 0 ? reasons.join('; ') : 'no dead-letter queue is connected';
  ctx.system(
    consumer,
    'system.message.discarded',
    {
      eventId: request.event.id,
      eventType: request.event.type,
      attempts: request.attempts,
      lastError: request.lastError,
      reason,
    },
    request.event,
  );
}
