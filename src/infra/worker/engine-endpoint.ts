import type { EngineHost, HostSnapshot } from '../../sim/host/engine-host';
import type { HostQueryRequest } from '../../sim/host/query-request';

/**
 * The engine host as exposed across a message channel: the same commands as EngineHost, with
 * subscribe replaced by `listen` (one callback for the whole channel; the main-thread side fans
 * snapshots out to its own listeners), because a returned unsubscribe function cannot be cloned.
 */
export type EngineEndpoint = Omit<EngineHost, 'subscribe' | 'dispose' | 'query'> & {
  listen(callback: (snapshot: HostSnapshot) => void): void;
  /** Required here (optional on EngineHost): the worker side always answers queries. */
  query(request: HostQueryRequest): void;
};

export interface EngineEndpointOptions {
  /**
   * At most this many of each snapshot's new events cross to the page (the newest): the page
   * shows the last rows and reads the rest from the archive, which the worker writes itself.
   * Absent: all of them (a page that archives the run needs every event).
   */
  readonly pageEvents?: number;
}

/** Wraps a host (normally the inline one inside the worker) as a channel endpoint. */
export function createEngineEndpoint(
  host: EngineHost,
  options: EngineEndpointOptions = {},
): EngineEndpoint {
  const forPage = (snapshot: HostSnapshot) =>
    options.pageEvents === undefined ? snapshot : withNewestEvents(snapshot, options.pageEvents);
  let unsubscribe: (() => void) | null = null;
  return {
    load: (scenario) => host.load(scenario),
    run: () => host.run(),
    pause: () => host.pause(),
    step: () => host.step(),
    reset: () => host.reset(),
    setSpeed: (speed) => host.setSpeed(speed),
    setSeed: (seed) => host.setSeed(seed),
    injectFault: (fault) => host.injectFault(fault),
    limitUnsaved: (limit) => host.limitUnsaved(limit),
    acknowledgeSaved: (runId, position) => host.acknowledgeSaved(runId, position),
    limitUnshown: (events) => host.limitUnshown(events),
    acknowledgeShown: (runId, position) => host.acknowledgeShown(runId, position),
    redrive: (dlqId, key) => host.redrive(dlqId, key),
    reconfigure: (componentId, config) => host.reconfigure(componentId, config),
    restore: (position) => host.restore(position),
    requestSummary: () => host.requestSummary(),
    query: (request) => host.query?.(request),
    listen: (callback) => {
      unsubscribe?.();
      unsubscribe = host.subscribe((snapshot) => callback(forPage(snapshot)));
    },
  };
}

/** The snapshot with only its newest `limit` new events (the positions still say how many). */
function withNewestEvents(snapshot: HostSnapshot, limit: number): HostSnapshot {
  const { events } = snapshot.newEvents;
  if (events.length <= limit) return snapshot;
  return { ...snapshot, newEvents: { ...snapshot.newEvents, events: events.slice(-limit) } };
}
