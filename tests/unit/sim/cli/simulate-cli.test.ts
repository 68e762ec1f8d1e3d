import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// End to end through a real process, as people and CI run it: `npx tsx scripts/simulate.ts`.
const root = resolve(__dirname, '../../../..');
const work = mkdtempSync(join(tmpdir(), 'eventfold-simulate-'));
const SUMMARY =
  /^\{"events":\d+,"sagas":\{"completed":\d+,"compensated":\d+,"stuck":\d+\},"deadLetters":\d+,"subscriberLag":\{"bus":\{"saga":\d+,"shipping":\d+,"analytics":\d+\}\},"delivery":\{(?:"[a-z-]+":\{(?:"[A-Za-z]+":\d+,?)+\},?)+\},"logHash":"[0-9a-f]{16}"\}$/;

function simulate(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/simulate.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('given the simulate CLI run twice with one seed', () => {
  it('when both runs finish, then the summary and the log file bytes are identical', () => {
    const first = simulate('--until', '5', '--out', join(work, 'a.ndjson'), '--seed', '1');
    const second = simulate('--until', '5', '--out', join(work, 'b.ndjson'), '--seed', '1');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(second.status).toBe(0);
    const summary = first.stdout.trimEnd().split('\n').at(-1) ?? '';
    expect(summary).toMatch(SUMMARY);
    expect(second.stdout.trimEnd().split('\n').at(-1)).toBe(summary);
    const log = readFileSync(join(work, 'a.ndjson'));
    expect(log.equals(readFileSync(join(work, 'b.ndjson')))).toBe(true);
    const { events } = JSON.parse(summary) as { events: number };
    expect(log.toString('utf8').trimEnd().split('\n')).toHaveLength(events);
  });
});

describe('given bad input to the simulate CLI', () => {
  it('when an option is unknown, then it exits 2 with one line on stderr and no summary', () => {
    const run = simulate('--until', '5', '--out', join(work, 'c.ndjson'), '--speed', '3');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('simulate: unknown option --speed (see --help)\n');
    expect(run.stdout).toBe('');
  });

  it('when the scenario file is invalid, then the first problem is shown with its field path', () => {
    const file = join(work, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        version: 2,
        name: 'bad',
        seed: 1,
        components: [{ id: 'api', kind: 'producer', name: 'API', config: { ratePerSecond: -1 } }],
        connections: [],
      }),
    );
    const run = simulate(file, '--out', join(work, 'd.ndjson'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(
        `^simulate: invalid scenario "${file}": components\\[0\\]\\.config\\.ratePerSecond: .+\\n$`,
      ),
    );
  });
});
