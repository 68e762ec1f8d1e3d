import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
/** Where the benchmarks build the app (bench-results is git-ignored). */
export const appOutDir = `${root}bench-results/app-dist`;

let built: Promise<string> | undefined;

/**
 * Builds the app as shipped (the project's vite.config.ts) into `appOutDir`, once per process:
 * every app benchmark of one `npm run bench` measures the same build. Resolves to the folder.
 */
export function buildAppOnce(): Promise<string> {
  built ??= build({ root, logLevel: 'warn', build: { outDir: appOutDir, emptyOutDir: true } }).then(
    () => appOutDir,
  );
  return built;
}
