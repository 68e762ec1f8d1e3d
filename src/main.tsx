// Must stay the first import: it configures zod before any module can build a schema.
import './infra/zod-jitless';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { bootstrap } from './app/bootstrap';
import { registerOfflineSupport } from './app/offline/register-offline';
import { pageMarkerStorage } from './app/persistence/saved-marker';
import { startPersistence } from './app/persistence/start-persistence';
import { startTransfer } from './app/transfer/start-transfer';
import { attachEventLogSource } from './infra/log-source/attach-event-log-source';
import { createWorkerEngineHost } from './infra/worker/create-engine-worker';
import { useEventfoldStore } from './state/store';
import { applyDocumentTheme, initialTheme } from './ui/theme/theme-preference';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root"> for Eventfold to mount');

// Resolved and applied before the first render so the page never flashes (or animates) from
// the wrong theme.
const theme = initialTheme();
useEventfoldStore.getState().setTheme(theme);
applyDocumentTheme(theme);

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The engine runs in a Web Worker, which also writes its log into IndexedDB; the store gets its
// snapshots at most once per frame.
const host = createWorkerEngineHost();
const persistence = startPersistence({
  store: useEventfoldStore,
  engine: host,
  archive: host.archive(),
  page: window,
  marker: pageMarkerStorage(window),
});
attachEventLogSource(persistence, useEventfoldStore.getState().attachLogSource);
const transfer = startTransfer(useEventfoldStore);
// After start-up: an imported log kept at the last visit is shown again (over the restored
// run, whose log it sets aside); then a share link (#scenario=...) opens, asking first when a
// saved workspace was restored, silently in a fresh profile; later links pasted into this tab
// open the same way.
let restored = false;
void bootstrap({
  host,
  restore: async () => {
    restored = await persistence.restore();
    return restored;
  },
})
  .then(async () => {
    // The run's own log source is attached once storage is open; set aside after that.
    await persistence.ready;
    await transfer.reopenKeptLog();
  })
  .then(() => transfer.followShareLinks(restored));

// Production builds only: the dev server has no sw.js (the PWA plugin's dev mode is off), and a
// precache there would serve stale modules against hot reload.
if (import.meta.env.PROD) void registerOfflineSupport();
