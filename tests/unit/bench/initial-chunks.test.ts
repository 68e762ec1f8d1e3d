import { describe, expect, it } from 'vitest';
import { htmlScripts, initialChunks, staticImports } from '../../../scripts/bench/initial-chunks';

const html = `<!doctype html><html><head>
<script type="module" crossorigin src="/assets/index-A.js"></script>
<link rel="modulepreload" crossorigin href="/assets/react-B.js">
<link rel="stylesheet" href="/assets/index-C.css">
<link rel="manifest" href="/manifest.webmanifest">
<script src="https://cdn.example.com/analytics.js" type="module"></script>
</head></html>`;

describe('given a built index.html', () => {
  it('when its scripts are listed, then module scripts and modulepreloads count, nothing else', () => {
    expect(htmlScripts(html)).toEqual(['assets/index-A.js', 'assets/react-B.js']);
  });
});

describe('given minified ES modules', () => {
  it('when static imports are read, then imports and re-exports count and import() does not', () => {
    const code =
      'import{r as e}from"./runtime-R.js";import"./side-S.js";export{x}from\'./re-X.js\';' +
      'const lazy=()=>import(`./Charts-L.js`);const other=import("./es-E.js");';
    expect(staticImports(code)).toEqual(['./runtime-R.js', './side-S.js', './re-X.js']);
  });

  it('when the graph is walked, then static imports are followed transitively, once each', () => {
    const files: Record<string, string> = {
      'assets/index-A.js': 'import"./shared-D.js";const c=()=>import("./Charts-L.js");',
      'assets/react-B.js': 'import{a}from"./shared-D.js";',
      'assets/shared-D.js': 'import"../vendor/deep-V.js";',
      'vendor/deep-V.js': 'export const v=1;',
      'assets/Charts-L.js': 'import"./never-N.js";',
    };
    const read = (path: string) => {
      const code = files[path];
      if (code === undefined) throw new Error(`read ${path}`);
      return code;
    };
    expect(initialChunks(html, read).sort()).toEqual([
      'assets/index-A.js',
      'assets/react-B.js',
      'assets/shared-D.js',
      'vendor/deep-V.js',
    ]);
  });
});
