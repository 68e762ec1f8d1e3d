import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Simulation } from '../../src/sim/engine/simulation';
import type { LogFormat } from '../../src/sim/export/log-formats';
import { createLogWriter } from '../../src/sim/export/log-writer';

/** Events formatted per write: big enough to be cheap, small enough to keep memory flat. */
export const LOG_PAGE_SIZE = 2000;

/** Writes the run's whole log to `out` in pages, waiting for the stream to drain as it goes. */
export async function writeLog(
  sim: Simulation,
  format: LogFormat,
  out: Writable,
  pageSize = LOG_PAGE_SIZE,
): Promise<void> {
  const writer = createLogWriter(format);
  await write(out, writer.header());
  const head = sim.ctx.log.headPositionSync();
  for (let from = 1; from <= head; from += pageSize) {
    await write(out, writer.page(sim.events(from, pageSize)));
  }
  await write(out, writer.footer());
}

async function write(out: Writable, text: string): Promise<void> {
  if (text.length === 0) return;
  if (!out.write(text)) await once(out, 'drain');
}
