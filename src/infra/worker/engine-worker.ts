// Web Worker entry: the simulation runs here, off the UI thread. A worker loads its own copy of
// every module, so zod's jitless mode (no `new Function`, CSP-safe) is switched on here too.
import '../zod-jitless';
import * as Comlink from 'comlink';
import { InlineEngineHost } from '../../sim/host/inline-engine-host';
import { createEngineEndpoint } from './engine-endpoint';
import { timerTicker } from './timer-ticker';

// The engine ticks every ~16 ms but, while running, publishes about 20 snapshots a second (every
// third tick): each snapshot costs the page a message to decode, an IndexedDB transaction for its
// events and a store update, and fewer, larger batches leave the page more of each frame.
Comlink.expose(
  createEngineEndpoint(new InlineEngineHost(timerTicker(), { minRunningSnapshotIntervalMs: 45 })),
);
