// Initial JavaScript of the built app, gzip: what a first load fetches before the app runs
// (index.html's module script, its modulepreload links and their static imports), against all
// the JavaScript of the build (lazy chunks such as recharts, the engine worker, the service
// worker). The goal is absolute: <= 250 KB gzip initial; initial / total is reported as the ratio.
// Run alone: `npx tsx scripts/bench/bundle-size.ts`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildAppOnce } from './browser/app-build';
import { initialChunks } from './initial-chunks';
import type { BenchResult } from './types';

/** KB (1,024 bytes) of gzip the first load may cost: a few seconds on a slow 3G line. */
const GOAL_KB = 250;

function jsFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFilesUnder(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

const gzipKb = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length / 1024;

/** Builds the app and sums gzip sizes of the initial chunks and of all JavaScript. */
export async function runBundleSizeBench(): Promise<BenchResult[]> {
  const dist = await buildAppOnce();
  const read = (path: string) => readFileSync(join(dist, path));
  const initial = initialChunks(read('index.html').toString('utf8'), (path) =>
    read(path).toString('utf8'),
  );
  const all = jsFilesUnder(dist).map((file) => relative(dist, file));
  const sizes = Object.fromEntries(
    all.map((path) => [path, Math.round(gzipKb(read(path)) * 10) / 10]),
  );
  const sum = (paths: readonly string[]) => paths.reduce((kb, path) => kb + gzipKb(read(path)), 0);
  const ours = sum(initial);
  const baseline = sum(all);
  const lazy = all.filter((path) => !initial.includes(path));
  return [
    {
      name: 'bundle.initial-js-gzip',
      method: `vite build of the app as shipped; initial JS = index.html's module script + modulepreload links + their static imports (transitively), gzip level 9 (node:zlib), summed; baseline = every .js file of the build (lazy chunks, engine worker, service worker). The goal is absolute: initial <= ${GOAL_KB} KB gzip; ratio = initial / all JS`,
      ours,
      baseline,
      unit: 'KB gzip',
      ratio: baseline === 0 ? 0 : ours / baseline,
      better: 'lower',
      goal: GOAL_KB,
      goalOf: 'ours',
      met: ours <= GOAL_KB,
      details: {
        absoluteGoalKb: GOAL_KB,
        initialChunks: initial,
        lazyChunks: lazy,
        gzipKbByFile: sizes,
      },
    },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await runBundleSizeBench(), null, 2));
}
