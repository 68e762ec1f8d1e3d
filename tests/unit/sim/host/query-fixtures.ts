import type { StoredEvent } from '../../../../src/core/messages/event';
import type { HostSnapshot } from '../../../../src/sim/host/engine-host';
import type { HostQueryAnswer } from '../../../../src/sim/host/query-request';
import { loadScenario } from '../../../../src/sim/scenario/load-scenario';
import type { Scenario } from '../../../../src/sim/scenario/scenario-schema';

/**
 * Order API -> Order Service -> Event Store, read by an order list and a statistics projection
 * that poll every `pollIntervalMs`: between polls the read side is visibly behind the log.
 */
export function readSideScenario(pollIntervalMs = 1000, seed = 11): Scenario {
  const result = loadScenario({
    version: 2,
    name: 'read side',
    seed,
    components: [
      { id: 'api', kind: 'producer', name: 'Order API', config: { ratePerSecond: 50 } },
      { id: 'orders', kind: 'order-service', name: 'Order Service' },
      { id: 'store', kind: 'event-store', name: 'Event Store' },
      { id: 'list', kind: 'projection', name: 'Order List', config: { pollIntervalMs } },
      {
        id: 'stats',
        kind: 'projection',
        name: 'Order Statistics',
        config: { projection: 'order-statistics', pollIntervalMs },
      },
    ],
    connections: [
      { id: 'c1', source: 'api', target: 'orders' },
      { id: 'c2', source: 'orders', target: 'store' },
      { id: 'c3', source: 'store', target: 'list' },
      { id: 'c4', source: 'store', target: 'stats' },
    ],
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.scenario;
}

/** Every answer the snapshots carried, in order. */
export function answersIn(snapshots: readonly HostSnapshot[]): HostQueryAnswer[] {
  return snapshots.flatMap((snapshot) => (snapshot.queryAnswer ? [snapshot.queryAnswer] : []));
}

/** The answer with `requestId`, or a clear failure. */
export function answerTo(snapshots: readonly HostSnapshot[], requestId: string): HostQueryAnswer {
  const answer = answersIn(snapshots).find((candidate) => candidate.requestId === requestId);
  if (!answer) throw new Error(`No answer to ${requestId} in ${snapshots.length} snapshots`);
  return answer;
}

/** Every event the snapshots handed out, in position order. */
export function eventsIn(snapshots: readonly HostSnapshot[]): StoredEvent[] {
  return snapshots.flatMap((snapshot) => snapshot.newEvents.events);
}

/** The id of the latest order placed in `events`. */
export function latestOrderId(events: readonly StoredEvent[]): string {
  const placed = events.filter((event) => event.type === 'order.placed').at(-1);
  if (!placed) throw new Error('No order was placed');
  return (placed.data as { orderId: string }).orderId;
}

/** The checkpoint a snapshot reports for a projection component. */
export function checkpointOf(snapshot: HostSnapshot, projectionId: string): number {
  const metrics = snapshot.components.find((component) => component.id === projectionId);
  if (!metrics) throw new Error(`No metrics for ${projectionId}`);
  return metrics.extra.checkpoint ?? 0;
}
