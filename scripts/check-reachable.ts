// Which files under src/ does no entry reach? `npx tsx scripts/check-reachable.ts` prints them and
// their count, and exits 1 when there is any; tests/arch/reachability.test.ts runs the same check
// in the test run (with the list of files known unreachable until issue #15's kernel redesign).
//
// Why a script of our own and not knip (6.44.2 is on the registry): the question is narrow (which
// files under src/ does no entry reach) and needs only a parser and a resolver. Vite, already a
// dependency, exports `parseAst`, the oxc parser that builds the app, so TypeScript and TSX are
// parsed for real, not matched by regular expressions that a comment or a string could fool, and
// there is no new package or config file to keep in step with Vite's resolution. The spec's list of
// files known unreachable, which may only shrink, is plain code around the result. knip answers
// more (unused exports, unused dependencies); add it when those are wanted, with these entries.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'vite';

/** The program's entries, relative to the repository root: the page, both workers, the CLI. */
export const ENTRIES = [
  'src/main.tsx',
  'src/infra/worker/engine-worker.ts',
  'src/infra/worker/import-worker.ts',
  'scripts/simulate.ts',
] as const;

const PARSED = /\.(ts|tsx|mts|js|jsx|mjs)$/;
const CSS_IMPORT = /@import\s+(?:url\(\s*)?['"]([^'"]+)['"]/g;
/** How an extension-less specifier may be written: `./x` is `./x.ts`, `./x.tsx` or `./x/index.ts`. */
const SUFFIXES = ['', '.ts', '.tsx', '.mts', '.js', '.jsx', '/index.ts', '/index.tsx', '/index.js'];

export interface ReachabilityOptions {
  /** The repository root; entries and the reported folder are relative to it. */
  readonly root: string;
  /** Entry files, relative to root. */
  readonly entries: readonly string[];
  /** The folder whose files must all be reached, relative to root (default `src`). */
  readonly folder?: string;
}

export interface Reachability {
  /** Every file under the folder, relative to root, with `/` separators, sorted. */
  readonly files: readonly string[];
  /** The files under the folder that no entry reaches, sorted. */
  readonly unreachable: readonly string[];
  /** Relative imports that resolve to no file (`importer -> specifier`): a broken import or a gap in this resolver. */
  readonly unresolved: readonly string[];
}

/** Walks the import graph from the entries and reports the files of `folder` it never visits. */
export function checkReachable(options: ReachabilityOptions): Reachability {
  const root = resolve(options.root);
  const folder = join(root, options.folder ?? 'src');
  const seen = new Set<string>();
  const unresolved: string[] = [];
  const pending = options.entries.map((entry) => {
    const path = join(root, entry);
    if (!isFile(path)) throw new Error(`entry ${entry} does not exist`);
    return path;
  });
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of specifiersOf(file)) {
      if (!isLocal(specifier)) continue;
      const target = resolveSpecifier(root, file, specifier);
      if (target) pending.push(target);
      else unresolved.push(`${toPosix(relative(root, file))} -> ${specifier}`);
    }
  }
  const files = filesUnder(folder)
    .map((path) => toPosix(relative(root, path)))
    .sort();
  const reached = new Set([...seen].map((path) => toPosix(relative(root, path))));
  return {
    files,
    unreachable: files.filter((file) => !reached.has(file)),
    unresolved: unresolved.sort(),
  };
}

/**
 * The module specifiers a file depends on: static imports and re-exports (type-only ones too: a
 * file that only supplies types is still in use), dynamic `import('...')` with a literal, type
 * `import('...')`, and `new URL('...', import.meta.url)` naming a file (how Vite finds worker
 * entries).
 */
export function specifiersOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.css')) return [...text.matchAll(CSS_IMPORT)].map((match) => match[1] ?? '');
  if (!PARSED.test(file)) return [];
  const lang = file.endsWith('x') ? 'tsx' : 'ts';
  const found: string[] = [];
  visit(parseAst(text, { lang }, file), found);
  return found;
}

type AstNode = { readonly type: string; readonly [key: string]: unknown };

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';
}

function literalString(value: unknown): string | undefined {
  if (!isNode(value)) return undefined;
  if (value.type === 'Literal' && typeof value.value === 'string') return value.value;
  // A template without substitutions (`import(\`./x\`)`) names one file too.
  if (value.type === 'TemplateLiteral' && Array.isArray(value.expressions)) {
    const quasis = value.quasis;
    if (value.expressions.length === 0 && Array.isArray(quasis) && isNode(quasis[0])) {
      const cooked = (quasis[0].value as { cooked?: unknown } | undefined)?.cooked;
      return typeof cooked === 'string' ? cooked : undefined;
    }
  }
  return undefined;
}

function isImportMetaUrl(node: unknown): boolean {
  return (
    isNode(node) &&
    node.type === 'MemberExpression' &&
    isNode(node.object) &&
    node.object.type === 'MetaProperty' &&
    isNode(node.property) &&
    node.property.name === 'url'
  );
}

function dependencyOf(node: AstNode): string | undefined {
  switch (node.type) {
    case 'ImportDeclaration':
    case 'ExportNamedDeclaration':
    case 'ExportAllDeclaration':
    case 'ImportExpression':
      return literalString(node.source);
    case 'TSImportType':
      return literalString(node.source) ?? literalString(node.argument);
    case 'TSExternalModuleReference':
      return literalString(node.expression);
    case 'NewExpression': {
      const [url, base] = Array.isArray(node.arguments) ? node.arguments : [];
      const isUrl = isNode(node.callee) && node.callee.name === 'URL';
      const target = isUrl && isImportMetaUrl(base) ? literalString(url) : undefined;
      // A folder's URL (`new URL('../../public/', import.meta.url)` in the CLI) is no module.
      return target?.endsWith('/') ? undefined : target;
    }
    default:
      return undefined;
  }
}

function visit(value: unknown, found: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) visit(item, found);
    return;
  }
  if (!isNode(value)) return;
  const specifier = dependencyOf(value);
  if (specifier !== undefined) found.push(specifier);
  for (const [key, child] of Object.entries(value)) {
    if (key !== 'type' && typeof child === 'object' && child !== null) visit(child, found);
  }
}

/** Only the project's own files count: relative or root-absolute (`/src/...`) specifiers. */
function isLocal(specifier: string): boolean {
  return specifier.startsWith('.') || specifier.startsWith('/');
}

/** Resolves like Vite does for this project: no extension, `.ts`/`.tsx`, `index`, `?worker` suffixes. */
export function resolveSpecifier(root: string, importer: string, specifier: string): string | null {
  const bare = specifier.replace(/[?#].*$/, '');
  const base = bare.startsWith('/') ? join(root, bare) : resolve(dirname(importer), bare);
  const candidates = SUFFIXES.map((suffix) => base + suffix);
  // TypeScript's convention: `./x.js` in an import may name `./x.ts`.
  if (/\.jsx?$/.test(base)) candidates.push(base.replace(/\.js(x?)$/, '.ts$1'));
  return candidates.find(isFile) ?? null;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

const invokedDirectly =
  process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const result = checkReachable({ root, entries: ENTRIES });
  for (const file of result.unreachable) console.log(file);
  for (const line of result.unresolved) console.error(`unresolved import: ${line}`);
  console.log(
    `${result.unreachable.length} of ${result.files.length} files under src/ reachable from no entry (${ENTRIES.join(', ')})`,
  );
  process.exitCode = result.unreachable.length > 0 || result.unresolved.length > 0 ? 1 : 0;
}
