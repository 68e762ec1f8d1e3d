import * as Comlink from 'comlink';
import type { FaultInjection } from '../../sim/engine/simulation';
import type {
  EngineHost,
  HostSnapshot,
  RunPosition,
  SimSpeed,
  SnapshotListener,
} from '../../sim/host/engine-host';
import type { HostQueryRequest } from '../../sim/host/query-request';
import type { UnsavedLimit } from '../../sim/host/unsaved-window';
import type { Scenario } from '../../sim/scenario/scenario-schema';
import type { EngineArchive } from '../workspace/engine-archive';
import type { ArchiveEndpoint } from './archive-endpoint';
import type { EngineEndpoint } from './engine-endpoint';
import { archiveInWorker } from './worker-run-archive';

/**
 * The engine behind a Web Worker (or any message port), through Comlink. Commands are posted
 * and not awaited (the EngineHost contract: failures come back in the next snapshot's `error`),
 * so the UI thread never waits on the simulation.
 */
export class WorkerEngineHost implements EngineHost {
  private readonly remote: Comlink.Remote<EngineEndpoint & ArchiveEndpoint>;
  private readonly listeners = new Set<SnapshotListener>();
  private latest: HostSnapshot | null = null;

  constructor(
    endpoint: Comlink.Endpoint,
    private readonly terminate: () => void = () => {},
  ) {
    this.remote = Comlink.wrap<EngineEndpoint & ArchiveEndpoint>(endpoint);
    void this.remote.listen(Comlink.proxy((snapshot: HostSnapshot) => this.publish(snapshot)));
  }

  load(scenario: Scenario): void {
    void this.remote.load(scenario);
  }
  run(): void {
    void this.remote.run();
  }
  pause(): void {
    void this.remote.pause();
  }
  step(): void {
    void this.remote.step();
  }
  reset(): void {
    void this.remote.reset();
  }
  setSpeed(speed: SimSpeed): void {
    void this.remote.setSpeed(speed);
  }
  setSeed(seed: number): void {
    void this.remote.setSeed(seed);
  }
  injectFault(fault: FaultInjection): void {
    void this.remote.injectFault(fault);
  }
  limitUnsaved(limit: UnsavedLimit | null): void {
    void this.remote.limitUnsaved(limit);
  }
  acknowledgeSaved(runId: number, position: number): void {
    void this.remote.acknowledgeSaved(runId, position);
  }
  limitUnshown(events: number | null): void {
    void this.remote.limitUnshown(events);
  }
  acknowledgeShown(runId: number, position: number): void {
    void this.remote.acknowledgeShown(runId, position);
  }
  redrive(dlqId: string, key: string): void {
    void this.remote.redrive(dlqId, key);
  }
  reconfigure(componentId: string, config: Record<string, unknown>): void {
    void this.remote.reconfigure(componentId, config);
  }
  restore(position: RunPosition): void {
    void this.remote.restore(position);
  }
  requestSummary(): void {
    void this.remote.requestSummary();
  }
  query(request: HostQueryRequest): void {
    void this.remote.query(request);
  }

  /** The event archive the worker writes behind the engine (its endpoint must offer one). */
  archive(): EngineArchive {
    return archiveInWorker(this.remote);
  }

  /** Listeners get the latest snapshot at once (if any), then every new one. */
  subscribe(listener: SnapshotListener): () => void {
    this.listeners.add(listener);
    if (this.latest) listener(this.latest);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.listeners.clear();
    this.remote[Comlink.releaseProxy]();
    this.terminate();
  }

  private publish(snapshot: HostSnapshot): void {
    this.latest = snapshot;
    for (const listener of this.listeners) listener(snapshot);
  }
}
