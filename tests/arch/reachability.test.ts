import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkReachable, ENTRIES } from '../../scripts/check-reachable';

// Every file under src/ must be reached from an entry (the page, the engine and import workers,
// the CLI): a file nothing reaches is code the specs test but the product never runs.
const root = resolve(__dirname, '../..');

describe('reachability of src/ from the entries (app, engine worker, import worker, CLI)', () => {
  const result = checkReachable({ root, entries: ENTRIES });

  it('finds the files it checks and resolves every relative import', () => {
    expect(result.files.length).toBeGreaterThan(100);
    expect(result.unresolved).toEqual([]);
  });

  it('reaches every file under src/: what no entry reaches is wired in or deleted', () => {
    console.info(
      `reachability: ${result.unreachable.length} of ${result.files.length} files under src/ reachable from no entry`,
    );
    expect(result.unreachable).toEqual([]);
  });
});

describe('the checker, on a fixture project', () => {
  const fixture = mkdtempSync(join(tmpdir(), 'eventfold-reachable-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(fixture, path)), { recursive: true });
    writeFileSync(join(fixture, path), text);
  };
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));

  write(
    'src/main.tsx',
    [
      "import './style.css';",
      "import type { Shape } from './types';",
      "import { helper } from './helper';",
      "import { fromIndex } from './folder';",
      "export { reexported } from './reexported.ts';",
      '// import { commented } from "./commented";',
      'const text = "import \'./in-string\'";',
      "const lazy = () => import('./lazy');",
      "const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });",
      "const notAnEntry = new URL('./asset-name.ts', 'https://example.org/');",
      "const folder = new URL('../public/', import.meta.url);",
      'export const all: Shape = [helper, fromIndex, text, lazy, worker, notAnEntry, folder];',
    ].join('\n'),
  );
  write('src/style.css', "@import './nested.css';\n.a { color: red; }\n");
  write('src/nested.css', '.b { color: blue; }\n');
  write('src/types.ts', 'export type Shape = unknown[];\n');
  write('src/helper.ts', 'export const helper = 1;\n');
  write('src/folder/index.ts', 'export const fromIndex = 2;\n');
  write('src/reexported.ts', 'export const reexported = 3;\n');
  write('src/lazy.tsx', 'export const Lazy = () => <p>lazy</p>;\n');
  write('src/worker.ts', "import { shared } from './worker-only';\nexport { shared };\n");
  write('src/worker-only.ts', 'export const shared = 4;\n');
  write('scripts/cli.ts', "import { cliOnly } from '../src/cli-only';\nconsole.log(cliOnly);\n");
  write('src/cli-only.ts', 'export const cliOnly = 5;\n');
  // Nothing imports these for real: a comment, a string, no import at all, a URL off the page.
  write('src/commented.ts', 'export const commented = 6;\n');
  write('src/in-string.ts', 'export const inString = 7;\n');
  write('src/asset-name.ts', 'export const assetName = 8;\n');
  write('src/orphan.ts', "import { helper } from './helper';\nexport const orphan = helper;\n");
  write('src/orphan.css', '.c { color: green; }\n');

  it('follows static, type-only, re-export, dynamic, worker-URL and CSS imports, and reports the rest', () => {
    const result = checkReachable({ root: fixture, entries: ['src/main.tsx', 'scripts/cli.ts'] });
    expect(result.unreachable).toEqual([
      'src/asset-name.ts',
      'src/commented.ts',
      'src/in-string.ts',
      'src/orphan.css',
      'src/orphan.ts',
    ]);
    expect(result.unresolved).toEqual([]);
  });

  it('reports an import that resolves to no file', () => {
    write('src/broken.ts', "export { gone } from './gone';\n");
    const result = checkReachable({ root: fixture, entries: ['src/broken.ts'] });
    expect(result.unresolved).toEqual(['src/broken.ts -> ./gone']);
  });

  it('refuses an entry that does not exist', () => {
    expect(() => checkReachable({ root: fixture, entries: ['src/missing.ts'] })).toThrow(
      'entry src/missing.ts does not exist',
    );
  });
});
