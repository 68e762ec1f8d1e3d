// Web Worker entry: the simulation runs here, off the UI thread. A worker loads its own copy of
// every module, so zod's jitless mode (no `new Function`, CSP-safe) is switched on here too.
import '../zod-jitless';
import * as Comlink from 'comlink';
import { InlineEngineHost } from '../../sim/host/inline-engine-host';
import { createEngineEndpoint } from './engine-endpoint';
import { timerTicker } from './timer-ticker';

Comlink.expose(createEngineEndpoint(new InlineEngineHost(timerTicker())));
