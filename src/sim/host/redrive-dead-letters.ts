import { DeadLetterQueueComponent } from '../components/dlq/dead-letter-queue-component';
import type { Simulation } from '../engine/simulation';
import { hostErrors } from './host-errors';

/**
 * Redrives one dead letter (by its entry key) or all of them from a Dead Letter Queue.
 * Returns why it could not, or null when it did.
 */
export function redriveDeadLetters(
  sim: Simulation,
  dlqId: string,
  key: string | 'all',
): string | null {
  const component = sim.component(dlqId);
  if (!component) return hostErrors.noComponent(dlqId);
  if (!(component instanceof DeadLetterQueueComponent)) return hostErrors.cannotRedrive(dlqId);
  if (key === 'all') {
    component.redriveAll();
    return null;
  }
  return component.redrive(key) ? null : hostErrors.redriveRefused(dlqId, key);
}
