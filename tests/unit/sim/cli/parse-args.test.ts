import { describe, expect, it } from 'vitest';
import { parseSimulateArgs } from '../../../../scripts/cli/parse-args';
import { simulateUsage } from '../../../../scripts/cli/usage';

function options(argv: string[]) {
  const result = parseSimulateArgs(argv);
  if (result.kind !== 'run') throw new Error(`expected options, got ${JSON.stringify(result)}`);
  return result.options;
}

function error(argv: string[]): string {
  const result = parseSimulateArgs(argv);
  return result.kind === 'error' ? result.message : `no error (${result.kind})`;
}

describe('given good simulate arguments', () => {
  it('when only --out is given, then the defaults apply: order-saga, 60 s, ndjson', () => {
    expect(options(['--out', 'log.ndjson'])).toEqual({
      scenario: 'order-saga',
      seed: undefined,
      untilSeconds: 60,
      out: 'log.ndjson',
      format: 'ndjson',
      faults: [],
    });
  });

  it('when every option is given, then each is read, faults in order', () => {
    const parsed = options([
      'my.json',
      '--seed',
      '7',
      '--until=2.5',
      '--out',
      '-',
      '--format',
      'csv',
      '--fault',
      'payment:failure-rate=0.5',
      '--fault',
      'payment:down=true@10+30',
    ]);
    expect(parsed).toMatchObject({
      scenario: 'my.json',
      seed: 7,
      untilSeconds: 2.5,
      out: '-',
      format: 'csv',
    });
    expect(parsed.faults.map((fault) => fault.text)).toEqual([
      'payment:failure-rate=0.5',
      'payment:down=true@10+30',
    ]);
    expect(parsed.faults[1]).toMatchObject({ atMs: 10_000, durationMs: 30_000 });
  });

  it('when --help or -h is given, then help wins over everything else', () => {
    expect(parseSimulateArgs(['--help']).kind).toBe('help');
    expect(parseSimulateArgs(['-h', '--seed', 'x']).kind).toBe('help');
  });

  it('when the help text is printed, then it documents the fault syntax and its schedule', () => {
    const usage = simulateUsage();
    expect(usage).toContain('COMPONENT:SETTING=VALUE[@START[+DURATION]]');
    expect(usage).toContain('payment:down=true@10+30');
    expect(usage).toContain('bus=event-bus');
  });
});

describe('given bad simulate arguments', () => {
  it.each([
    [['--seed', '1'], '--out FILE is required (use --out - for stdout)'],
    [['--out', 'x', '--bogus'], 'unknown option --bogus (see --help)'],
    [['--out', 'x', '-x'], 'unknown option -x (see --help)'],
    [['--out'], '--out needs a value'],
    [
      ['--out', 'x', '--seed', '-1'],
      '--seed needs a value (write --seed=VALUE for a value starting with -)',
    ],
    [['--out', 'x', '--help=yes'], '--help does not take a value'],
    [['a.json', 'b.json', '--out', 'x'], 'expected one SCENARIO, got 2: a.json b.json'],
    [
      ['--out', 'x', '--seed', 'abc'],
      '--seed must be a whole number from 0 to 4294967295, got "abc"',
    ],
    [['--out', 'x', '--seed=-1'], '--seed must be a whole number from 0 to 4294967295, got "-1"'],
    [
      ['--out', 'x', '--seed', '4294967296'],
      '--seed must be a whole number from 0 to 4294967295, got "4294967296"',
    ],
    [
      ['--out', 'x', '--until', '0'],
      '--until must be a number of seconds above 0 (at most 31536000), got "0"',
    ],
    [
      ['--out', 'x', '--until', 'soon'],
      '--until must be a number of seconds above 0 (at most 31536000), got "soon"',
    ],
    [['--out', 'x', '--format', 'xml'], '--format must be one of ndjson, json, csv, got "xml"'],
    [
      ['--out', 'x', '--fault', 'payment:failure-rate=2'],
      'bad fault "payment:failure-rate=2": failure-rate must be between 0 and 1, got 2',
    ],
  ])('when %j is parsed, then the error is one exact line', (argv, message) => {
    expect(error(argv)).toBe(message);
    expect(message).not.toContain('\n');
  });
});
