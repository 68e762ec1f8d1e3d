import { posix } from 'node:path';

/**
 * The JavaScript files a first load of a built page fetches before it runs: index.html's module
 * scripts and modulepreload links, then every static import of those, transitively. Dynamic
 * `import()` targets (lazy chunks such as the Charts tab) and workers are left out: they load
 * later, when asked for. Paths are relative to the build folder, without a leading slash.
 */
export function initialChunks(html: string, readChunk: (path: string) => string): string[] {
  const seen = new Set<string>();
  const pending = htmlScripts(html);
  while (pending.length > 0) {
    const path = pending.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const imported of staticImports(readChunk(path))) {
      pending.push(posix.join(posix.dirname(path), imported));
    }
  }
  return [...seen];
}

/** Local `src` of `<script type="module">` and `href` of `<link rel="modulepreload">`. */
export function htmlScripts(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isModule = /^<script/.test(tag) && /\btype=["']?module\b/.test(tag);
    const isPreload = /^<link/.test(tag) && /\brel=["']?modulepreload\b/.test(tag);
    const url = /\b(?:src|href)=["']([^"']+)["']/.exec(tag)?.[1];
    if ((isModule || isPreload) && url && !/^[a-z]+:|^\/\//i.test(url)) {
      found.push(url.replace(/^\.?\//, ''));
    }
  }
  return found;
}

/**
 * Relative specifiers of a built ES module's static imports and re-exports:
 * `import x from"./a.js"`, `import"./a.js"`, `export{y}from"./a.js"`. A dynamic `import("./a.js")`
 * is not one (the opening parenthesis tells them apart).
 */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:\bfrom|\bimport)\s*(["'])(\.{1,2}\/[^"'\n]+)\1/g;
  for (const match of code.matchAll(pattern)) found.add(match[2]!);
  return [...found];
}
