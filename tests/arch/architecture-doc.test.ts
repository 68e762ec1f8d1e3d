import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// docs/architecture.md names files by path so a newcomer can open them. A rename or a deletion
// must update the document: every path it mentions has to exist.
const root = resolve(__dirname, '../..');
const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8');

/**
 * Repository paths in a text: `src/...`, `tests/...`, `scripts/...`, `docs/...`, `public/...`.
 * A path ends on a letter, digit or `/`, so the full stop or comma after it is not part of it;
 * a glob's `*` ends it too (`src/core/bus/*` names the folder `src/core/bus/`).
 */
function repoPaths(text: string): string[] {
  const pattern = /(?<![\w./-])(?:src|tests|scripts|docs|public)\/[\w./-]*[\w/]/g;
  return [...new Set(text.match(pattern) ?? [])];
}

/** Bare file names in code spans (`order-decider.ts`), which must be some file's name. */
function bareFileNames(text: string): string[] {
  const names = [...text.matchAll(/`([\w.-]+\.(?:ts|tsx|css))`/g)].map((match) => match[1] ?? '');
  return [...new Set(names)];
}

function fileNamesUnder(dir: string): Set<string> {
  const names = new Set<string>();
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const inner of fileNamesUnder(path)) names.add(inner);
    else names.add(name);
  }
  return names;
}

describe('docs/architecture.md', () => {
  it('extracts paths the way a reader sees them', () => {
    expect(
      repoPaths('See `src/core/bus/*`, then src/sim/engine/simulation.ts. Also (tests/arch/).'),
    ).toEqual(['src/core/bus/', 'src/sim/engine/simulation.ts', 'tests/arch/']);
  });

  it('names the files of the one-event path', () => {
    expect(repoPaths(doc).length).toBeGreaterThan(40);
  });

  it('mentions only paths that exist in the repository', () => {
    const missing = repoPaths(doc).filter((path) => !existsSync(join(root, path)));
    expect(missing).toEqual([]);
  });

  it('mentions only bare file names that some file in the repository has', () => {
    const topLevel = readdirSync(root).filter((name) => statSync(join(root, name)).isFile());
    const names = new Set([
      ...topLevel,
      ...fileNamesUnder(join(root, 'src')),
      ...fileNamesUnder(join(root, 'tests')),
      ...fileNamesUnder(join(root, 'scripts')),
    ]);
    expect(bareFileNames(doc).filter((name) => !names.has(name))).toEqual([]);
  });

  it('points into the repository only, and says where the code has two versions of a concept', () => {
    expect(doc).not.toMatch(/\.\.\/shared|design\.md/);
    expect(doc).toMatch(/^## Known duplication \(issue #15\)$/m);
  });
});
