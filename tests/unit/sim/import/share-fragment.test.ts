import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../../src/sim/import/export-file-name';
import { parseImportText } from '../../../../src/sim/import/parse-import';
import {
  decodeShareFragment,
  encodeShareFragment,
  type ShareCodec,
} from '../../../../src/sim/import/share-fragment';
import { exampleScenario } from './import-fixtures';

// zlib's raw deflate is the same format as the browser's CompressionStream('deflate-raw').
const zlibCodec: ShareCodec = {
  compress: async (bytes) => new Uint8Array(deflateRawSync(bytes)),
  decompress: async (bytes) => new Uint8Array(inflateRawSync(bytes)),
};

describe('given a scenario to share', () => {
  it('when encoded into a fragment and decoded, then the same scenario loads, URL-safe and compact', async () => {
    const text = JSON.stringify(exampleScenario());
    const fragment = await encodeShareFragment(text, zlibCodec);
    expect(fragment).toMatch(/^scenario=[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(text.length / 2);
    const decoded = await decodeShareFragment(`#${fragment}`, zlibCodec);
    const parsed = parseImportText(decoded ?? '');
    expect(parsed.ok && parsed.kind === 'scenario' ? parsed.scenario : null).toEqual(
      exampleScenario(),
    );
  });

  it('when the hash is not a share link, then nothing is decoded', async () => {
    expect(await decodeShareFragment('#section-2', zlibCodec)).toBeNull();
  });

  it('when the link was cut off, then it is refused with a clear message', async () => {
    const fragment = await encodeShareFragment(JSON.stringify(exampleScenario()), zlibCodec);
    await expect(decodeShareFragment(`#${fragment.slice(0, 60)}`, zlibCodec)).rejects.toThrow(
      'the share link is damaged (was it cut off when copied?)',
    );
    await expect(decodeShareFragment('#scenario=<script>', zlibCodec)).rejects.toThrow(
      'not base64url',
    );
  });

  it('when a file name is made, then it carries the scenario name and the virtual time', () => {
    expect(exportFileName('Order saga (demo)', 330_500, 'ndjson')).toBe(
      'order-saga-demo_t0h05m30s.ndjson',
    );
    expect(exportFileName('***', 0, 'csv')).toBe('eventfold_t0h00m00s.csv');
  });
});
