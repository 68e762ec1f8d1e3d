// Web Worker entry: the simulation runs here, off the UI thread, and so does the writing of its
// log into IndexedDB. A worker loads its own copy of every module, so zod's jitless mode (no
// `new Function`, CSP-safe) is switched on here too.
import '../zod-jitless';
import * as Comlink from 'comlink';
import { archiveBehindEngine } from '../../sim/host/archive-behind-engine';
import { RECENT_EVENTS_FOR_PAGE } from '../../sim/host/engine-host';
import { InlineEngineHost } from '../../sim/host/inline-engine-host';
import { createArchiveEndpoint } from './archive-endpoint';
import { createEngineEndpoint } from './engine-endpoint';
import { timerTicker } from './timer-ticker';

// The engine ticks every ~16 ms but, while running, publishes about 20 snapshots a second (every
// third tick): each snapshot costs the page a message to decode and a store update, and fewer,
// larger snapshots leave the page more of each frame.
const host = new InlineEngineHost(timerTicker(), { minRunningSnapshotIntervalMs: 45 });
// Subscribed before any command can arrive: the archive must see every snapshot's events.
const behind = archiveBehindEngine(host);
Comlink.expose({
  ...createEngineEndpoint(host, { pageEvents: RECENT_EVENTS_FOR_PAGE }),
  ...createArchiveEndpoint(behind),
});
