import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
  test: {
    // Playwright owns tests/e2e; Vitest runs everything else.
    include: ['tests/{unit,contract,property,component,arch}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup/vitest.setup.ts'],
    testTimeout: 30_000,
  },
});
