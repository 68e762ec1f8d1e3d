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

/** Wraps a host (normally the inline one inside the worker) as a channel endpoint. */
export function createEngineEndpoint(host: EngineHost): EngineEndpoint {
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
    redrive: (dlqId, key) => host.redrive(dlqId, key),
    reconfigure: (componentId, config) => host.reconfigure(componentId, config),
    restore: (position) => host.restore(position),
    requestSummary: () => host.requestSummary(),
    query: (request) => host.query?.(request),
    listen: (callback) => {
      unsubscribe?.();
      unsubscribe = host.subscribe(callback);
    },
  };
}
