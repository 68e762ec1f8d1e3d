import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeLog } from '../../../../scripts/cli/write-log';
import { Simulation } from '../../../../src/sim/engine/simulation';
import { logFormats } from '../../../../src/sim/export/log-formats';
import { formatLog } from '../../../../src/sim/export/log-writer';
import { pipelineScenario } from '../host/host-fixtures';

/** A stream that keeps what is written and pushes back often, to exercise 'drain'. */
class SlowCollect extends Writable {
  text = '';
  writes = 0;
  constructor() {
    super({ highWaterMark: 64 });
  }
  override _write(chunk: Buffer, _: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    this.writes += 1;
    setImmediate(done);
  }
}

describe('given a run whose log spans several pages', () => {
  const sim = new Simulation(pipelineScenario(5));
  sim.runUntil(1000);

  it.each(logFormats)(
    'when written as %s in pages of 7, then the file equals the whole-log text',
    async (format) => {
      const out = new SlowCollect();
      await writeLog(sim, format, out, 7);
      expect(sim.events().length).toBeGreaterThan(21);
      expect(out.text).toBe(formatLog(format, sim.events()));
      expect(out.writes).toBeGreaterThan(3);
    },
  );
});
