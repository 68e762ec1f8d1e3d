import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/**
 * Vite's dev server injects CSS as <style> tags, which the page's strict CSP blocks. Relax
 * style-src for the dev server only; the built site keeps `style-src 'self'`.
 */
const devStyleCsp: Plugin = {
  name: 'eventfold:dev-style-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
};

/**
 * Offline use: a generated service worker (dist/sw.js, Workbox) precaches the whole static build
 * (HTML, every JS chunk including the lazy Charts chunk and the engine worker, CSS, the example
 * scenarios, the icon and manifest), so after one visit the app starts with no network.
 */
const offlinePrecache = VitePWA({
  strategies: 'generateSW',
  // No injected registration: the CSP forbids inline scripts, and registering from the app's own
  // module (src/app/offline/register-offline.ts) keeps it to production builds.
  injectRegister: false,
  registerType: 'autoUpdate',
  // The manifest is a static file (public/manifest.webmanifest) so the dev server serves it too.
  manifest: false,
  // The dev server and Vitest get no service worker: it would cache modules the dev server
  // rebuilds on every edit.
  devOptions: { enabled: false },
  workbox: {
    globPatterns: ['**/*.{html,js,css,json,svg,webmanifest}'],
    globIgnores: ['**/*.map'],
    // Maps of sw.js itself are left out as well: nothing debugs the generated worker.
    sourcemap: false,
    // Updates: the new worker activates as soon as it has installed (skipWaiting) and takes the
    // open pages (clientsClaim), so the next load runs the new build. Waiting instead would keep
    // everyone on the old build until every Eventfold tab is closed, which a reload never does.
    // Open pages keep the code they already run; nothing reloads them mid-simulation.
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // Any navigation (a reload, a #scenario= share link) gets the precached app shell offline.
    navigateFallback: 'index.html',
  },
});

export default defineConfig({
  plugins: [react(), devStyleCsp, offlinePrecache],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Large libraries change rarely and cache well on their own. No catch-all vendor group:
        // it would pull lazily loaded libraries (recharts for the Charts tab) into the start-up.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'xyflow', test: /node_modules[\\/]@xyflow[\\/]/ },
            // zod-jitless rides in zod's chunk: it then runs as soon as zod does, before any
            // chunk that builds or parses a schema, however the rest is split (a schema parsed
            // before it would try zod's `new Function` fast path and break the CSP).
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]infra[\\/]zod-jitless/ },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    // Playwright owns tests/e2e; Vitest runs everything else.
    include: [
      'tests/{unit,contract,property,component,arch,reliability,security}/**/*.test.{ts,tsx}',
    ],
    environment: 'node',
    setupFiles: ['tests/setup/vitest.setup.ts'],
    testTimeout: 30_000,
  },
});
