import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Ways to turn a string into markup or code. Imported files carry text from anywhere (event
 * payloads, names, stream ids), so the app renders text only through React's escaping, and the
 * CSP (no 'unsafe-eval') would block the code-running ones anyway; this keeps them out of the
 * source in the first place.
 */
const forbidden: readonly { name: string; pattern: RegExp }[] = [
  { name: 'dangerouslySetInnerHTML', pattern: /dangerouslySetInnerHTML/ },
  { name: 'innerHTML=', pattern: /\binnerHTML\s*\+?=(?!=)/ },
  { name: 'outerHTML=', pattern: /\bouterHTML\s*\+?=(?!=)/ },
  { name: 'insertAdjacentHTML', pattern: /\binsertAdjacentHTML\b/ },
  { name: 'document.write', pattern: /\bdocument\.write(ln)?\s*\(/ },
  { name: 'eval(', pattern: /(?<![\w.$])eval\s*\(/ },
  { name: 'new Function(', pattern: /\bnew\s+Function\s*\(/ },
];

const sourceRoot = join(import.meta.dirname, '..', '..', 'src');
const sourceFile = /\.(ts|tsx|js|jsx|mjs|html)$/;

/** Every source file under a folder, recursively. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return sourceFile.test(entry.name) ? [path] : [];
  });
}

/** "file:line: name" for each forbidden construct in a file's text. */
function findRawHtml(file: string, text: string): string[] {
  const hits: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const { name, pattern } of forbidden) {
      if (pattern.test(line)) hits.push(`${file}:${index + 1}: ${name}`);
    }
  });
  return hits;
}

describe('given the application source (src/**)', () => {
  const files = sourceFiles(sourceRoot);

  it('when it is scanned, then the scan covers the UI, the app and the kernel', () => {
    const folders = new Set(files.map((file) => relative(sourceRoot, file).split(/[\\/]/)[0]));
    expect(files.length).toBeGreaterThan(100);
    expect([...folders]).toEqual(expect.arrayContaining(['ui', 'app', 'core', 'sim', 'state']));
  });

  it('when scanned for raw HTML and string-to-code constructs, then no file uses one', () => {
    const hits = files.flatMap((file) =>
      findRawHtml(relative(join(sourceRoot, '..'), file), readFileSync(file, 'utf8')),
    );
    expect(hits).toEqual([]);
  });
});

describe('given the scanner itself', () => {
  it('when a line uses each forbidden construct, then each is reported with file and line', () => {
    const sample = [
      '<div dangerouslySetInnerHTML={{ __html: text }} />',
      'element.innerHTML = text;',
      'element.outerHTML += text;',
      "element.insertAdjacentHTML('beforeend', text);",
      'document.write(text);',
      'const value = eval(text);',
      "const run = new Function('return 1');",
    ].join('\n');
    expect(findRawHtml('src/x.ts', sample)).toEqual([
      'src/x.ts:1: dangerouslySetInnerHTML',
      'src/x.ts:2: innerHTML=',
      'src/x.ts:3: outerHTML=',
      'src/x.ts:4: insertAdjacentHTML',
      'src/x.ts:5: document.write',
      'src/x.ts:6: eval(',
      'src/x.ts:7: new Function(',
    ]);
  });

  it('when a line only reads markup or names a lookalike, then nothing is reported', () => {
    const sample = [
      'const html = element.innerHTML;',
      'if (element.innerHTML === text) return;',
      'const score = retrieval(text);',
      'const fn = new FunctionRegistry();',
      'textContent = text;',
    ].join('\n');
    expect(findRawHtml('src/x.ts', sample)).toEqual([]);
  });
});
