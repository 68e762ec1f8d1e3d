import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runSimulate } from '../../../../scripts/cli/run-simulate';

class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer, _: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

describe('given the example run headless', () => {
  it('when the summary is printed, then it names each bus subscriber with its lag', async () => {
    const stdout = new Collect();
    const out = join(mkdtempSync(join(tmpdir(), 'eventfold-lag-')), 'log.ndjson');
    const status = await runSimulate(['order-saga', '--until', '30', '--out', out], {
      stdout,
      stderr: new Collect(),
    });
    expect(status).toBe(0);
    const summary = JSON.parse(stdout.text.trimEnd().split('\n').pop() ?? '{}') as {
      subscriberLag?: Record<string, Record<string, number>>;
    };
    const lags = summary.subscriberLag?.bus ?? {};
    expect(Object.keys(lags)).toEqual(['saga', 'shipping', 'analytics']);
    for (const lag of Object.values(lags)) expect(lag).toBeLessThan(1_000);
  });
});
