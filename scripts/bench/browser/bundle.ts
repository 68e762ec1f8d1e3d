import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const entry = fileURLToPath(new URL('./entry.ts', import.meta.url));
const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Bundles the benchmark's browser entry (our store + Dexie) into one IIFE, in memory. */
export async function bundleBrowserEntry(): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      sourcemap: false,
      target: 'es2022',
      lib: { entry, formats: ['iife'], name: 'EventfoldStoreBench', fileName: () => 'bench.js' },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((item) => item.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('Vite produced no JavaScript chunk for the store benchmark');
}
