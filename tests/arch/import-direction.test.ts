import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Imports point one way (README, "Architecture in brief"). This test is the enforcement.
const root = resolve(__dirname, '../..');
const src = join(root, 'src');

const layers = ['core', 'sim', 'infra', 'state', 'ui', 'app'] as const;
type Layer = (typeof layers)[number];

/** Project layers each layer may import (besides itself). */
const allowedLayers: Record<Layer, readonly Layer[]> = {
  core: [],
  sim: ['core'],
  infra: ['core', 'sim'],
  state: ['core', 'sim'],
  ui: ['state', 'core', 'sim'],
  app: ['core', 'sim', 'infra', 'state', 'ui'],
};

const frameworkPackages =
  /^(react|react-dom|dexie|zustand|@xyflow\/|reactflow|recharts|comlink)(\/|$)/;
const wallClock = /\bDate\.now\(|\bMath\.random\(|\bcrypto\.randomUUID\(|\bnew Date\(\)/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  const found: string[] = [];
  const pattern =
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(pattern)) found.push(match[1] ?? match[2] ?? match[3] ?? '');
  return found;
}

function layerOf(file: string): Layer | undefined {
  const top = relative(src, file).split(/[\\/]/)[0];
  return layers.find((layer) => layer === top);
}

function violations(): string[] {
  const problems: string[] = [];
  for (const file of filesUnder(src)) {
    const layer = layerOf(file);
    if (!layer) continue;
    const text = readFileSync(file, 'utf8');
    const name = relative(root, file);
    for (const spec of importsOf(text)) {
      if (spec.startsWith('.')) {
        const target = layerOf(resolve(file, '..', spec));
        if (target && target !== layer && !allowedLayers[layer].includes(target)) {
          problems.push(`${name}: ${layer} may not import ${target} (${spec})`);
        }
      } else if ((layer === 'core' || layer === 'sim') && frameworkPackages.test(spec)) {
        problems.push(`${name}: ${layer} must stay framework-free, imports ${spec}`);
      } else if (layer === 'ui' && spec === 'dexie') {
        problems.push(`${name}: ui reaches storage only through state (${spec})`);
      }
    }
    if ((layer === 'core' || layer === 'sim') && wallClock.test(text)) {
      problems.push(
        `${name}: ${layer} reads wall time or unseeded randomness; inject a Clock/Random`,
      );
    }
  }
  return problems;
}

describe('import direction (the layers in the README, Architecture in brief)', () => {
  it('finds the source files it checks', () => {
    expect(filesUnder(join(src, 'core')).length).toBeGreaterThan(0);
  });

  it('detects a forbidden import when one is present', () => {
    expect(importsOf("import { useState } from 'react';\nimport x from '../infra/db';")).toEqual([
      'react',
      '../infra/db',
    ]);
  });

  it('has no layer importing against the allowed direction', () => {
    expect(violations()).toEqual([]);
  });
});
