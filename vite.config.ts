import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
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

export default defineConfig({
  plugins: [react(), devStyleCsp],
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
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  test: {
    // Playwright owns tests/e2e; Vitest runs everything else.
    include: ['tests/{unit,contract,property,component,arch,reliability,security}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup/vitest.setup.ts'],
    testTimeout: 30_000,
  },
});
