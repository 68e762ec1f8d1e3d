import type { HostSnapshot } from '../../../../src/sim/host/engine-host';
import { InlineEngineHost } from '../../../../src/sim/host/inline-engine-host';
import type { InlineHostOptions } from '../../../../src/sim/host/inline-host-options';
import { loadScenario } from '../../../../src/sim/scenario/load-scenario';
import type { Scenario } from '../../../../src/sim/scenario/scenario-schema';
import { FakeTicker } from './fake-ticker';

/** Order API -> Order Service -> Event Store -> Event Bus: the engine's own kinds only. */
export function pipelineScenario(seed = 7, producer: Record<string, unknown> = {}): Scenario {
  const result = loadScenario({
    version: 2,
    name: 'pipeline',
    seed,
    components: [
      {
        id: 'api',
        kind: 'producer',
        name: 'Order API',
        config: { ratePerSecond: 50, ...producer },
      },
      { id: 'orders', kind: 'order-service', name: 'Order Service' },
      { id: 'store', kind: 'event-store', name: 'Event Store' },
      { id: 'bus', kind: 'event-bus', name: 'Event Bus' },
    ],
    connections: [
      { id: 'c1', source: 'api', target: 'orders' },
      { id: 'c2', source: 'orders', target: 'store' },
      { id: 'c3', source: 'store', target: 'bus' },
    ],
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.scenario;
}

/** A host on a fake ticker with a recording listener. */
export function hostHarness(options: InlineHostOptions = {}) {
  const ticker = new FakeTicker();
  const host = new InlineEngineHost(ticker, options);
  const snapshots: HostSnapshot[] = [];
  host.subscribe((snapshot) => snapshots.push(snapshot));
  const last = (): HostSnapshot => {
    const snapshot = snapshots.at(-1);
    if (!snapshot) throw new Error('no snapshot yet');
    return snapshot;
  };
  /** Fires ticks at each wall time in turn. */
  const ticks = (...wallTimes: number[]) => {
    for (const wallMs of wallTimes) ticker.tick(wallMs);
  };
  return { ticker, host, snapshots, last, ticks };
}
