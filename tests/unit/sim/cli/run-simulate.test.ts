import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runSimulate } from '../../../../scripts/cli/run-simulate';
import { fromCloudEvent } from '../../../../src/core/cloudevents/from-cloud-event';

const work = mkdtempSync(join(tmpdir(), 'eventfold-run-simulate-'));

/** A stream that keeps what is written, in small chunks' order. */
class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer, _: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

async function run(...argv: string[]) {
  const stdout = new Collect();
  const stderr = new Collect();
  const status = await runSimulate(argv, { stdout, stderr });
  return { status, stdout: stdout.text, stderr: stderr.text };
}

/** A scenario of the engine's own kinds, with two buses so "event-bus" is ambiguous. */
const pipeline = join(work, 'pipeline.json');
writeFileSync(
  pipeline,
  JSON.stringify({
    version: 2,
    name: 'pipeline',
    seed: 3,
    components: [
      { id: 'api', kind: 'producer', name: 'Order API', config: { ratePerSecond: 30 } },
      { id: 'orders', kind: 'order-service', name: 'Order Service' },
      { id: 'store', kind: 'event-store', name: 'Event Store' },
      { id: 'bus-a', kind: 'event-bus', name: 'Bus A' },
      { id: 'bus-b', kind: 'event-bus', name: 'Bus B' },
    ],
    connections: [
      { id: 'c1', source: 'api', target: 'orders' },
      { id: 'c2', source: 'orders', target: 'store' },
      { id: 'c3', source: 'store', target: 'bus-a' },
    ],
  }),
);

describe('given --out -', () => {
  it('when the log goes to stdout, then every event line comes first and the summary last', async () => {
    const { status, stdout } = await run(pipeline, '--until', '2', '--out', '-');
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    const summary = JSON.parse(lines.pop() ?? '') as { events: number };
    expect(lines).toHaveLength(summary.events);
    expect(fromCloudEvent(JSON.parse(lines[0] ?? '{}'))).toMatchObject({ position: 1 });
  });
});

describe('given each format', () => {
  it('when written to a file, then json parses as a batch and csv has a row per event', async () => {
    const json = await run(
      pipeline,
      '--until',
      '1',
      '--format',
      'json',
      '--out',
      join(work, 'l.json'),
    );
    const csv = await run(
      pipeline,
      '--until',
      '1',
      '--format',
      'csv',
      '--out',
      join(work, 'l.csv'),
    );
    const { events } = JSON.parse(json.stdout) as { events: number };
    expect(JSON.parse(readFileSync(join(work, 'l.json'), 'utf8'))).toHaveLength(events);
    const rows = readFileSync(join(work, 'l.csv'), 'utf8').split('\r\n');
    expect(rows[0]).toMatch(/^position,id,type,time_ms,time,/);
    expect(rows).toHaveLength(events + 2); // header, rows, and the empty string after the last CRLF
    expect(csv.stdout).toBe(json.stdout);
  });
});

describe('given faults on the command line', () => {
  it('when the producer is down from the start, then no order is placed', async () => {
    const { stdout } = await run(
      pipeline,
      '--until',
      '2',
      '--out',
      join(work, 'f.ndjson'),
      '--fault',
      'api:down=true',
    );
    const log = readFileSync(join(work, 'f.ndjson'), 'utf8');
    expect(log).not.toContain('"type":"order.placed"');
    expect(log).toContain('"type":"system.service.crashed"');
    expect(JSON.parse(stdout)).toMatchObject({ events: log.trimEnd().split('\n').length });
  });

  it('when a kind matches two components, then it exits 2 naming both', async () => {
    const run2 = await run(
      pipeline,
      '--out',
      join(work, 'g.ndjson'),
      '--fault',
      'bus:drop-rate=0.5',
    );
    expect(run2).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'simulate: bad fault "bus:drop-rate=0.5": "bus" matches 2 Event Bus components (bus-a, bus-b): name one by id\n',
    });
  });

  it('when the seed is overridden, then the log changes; when repeated, it does not', async () => {
    const hash = async (seed: string) =>
      (
        JSON.parse(
          (await run(pipeline, '--until', '2', '--seed', seed, '--out', join(work, 'h.ndjson')))
            .stdout,
        ) as { logHash: string }
      ).logHash;
    expect(await hash('1')).toBe(await hash('1'));
    expect(await hash('1')).not.toBe(await hash('2'));
  });
});

describe('given other failures', () => {
  it('when the scenario file does not exist, then it exits 2 saying so', async () => {
    const missing = join(work, 'missing.json');
    expect(await run(missing, '--out', '-')).toEqual({
      status: 2,
      stdout: '',
      stderr: `simulate: cannot read scenario "${missing}": no such file, and no built-in example of that name (order-saga)\n`,
    });
  });

  it('when --out cannot be opened, then it exits 2 before running', async () => {
    const { status, stderr } = await run(pipeline, '--out', join(work, 'no-dir', 'x.ndjson'));
    expect(status).toBe(2);
    expect(stderr).toMatch(/^simulate: cannot write --out ".*no-dir\/x\.ndjson": ENOENT[^\n]*\n$/);
  });

  it('when --help is given, then usage goes to stdout and the status is 0', async () => {
    const { status, stdout, stderr } = await run('--help');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run simulate -- \[SCENARIO\] --out FILE/);
    expect(stderr).toBe('');
  });
});
