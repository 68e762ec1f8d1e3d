import { parseArgs } from 'node:util';
import { DEFAULT_SCENARIO } from '../../src/sim/examples/builtin-scenarios';
import { isLogFormat, type LogFormat, logFormats } from '../../src/sim/export/log-formats';
import { type FaultSpec, parseFaultSpec } from '../../src/sim/host/fault-spec';
import { DEFAULT_UNTIL_SECONDS } from './usage';

export interface SimulateOptions {
  /** A scenario file path or a built-in example name. */
  readonly scenario: string;
  /** Overrides the scenario's seed when set. */
  readonly seed: number | undefined;
  readonly untilSeconds: number;
  /** A file path, or '-' for stdout. */
  readonly out: string;
  readonly format: LogFormat;
  readonly faults: readonly FaultSpec[];
}

export type SimulateArgs =
  | { readonly kind: 'run'; readonly options: SimulateOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

const MAX_UNTIL_SECONDS = 31_536_000; // a virtual year: far beyond any useful run

const optionSpec = {
  seed: { type: 'string' },
  until: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  fault: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses the simulate CLI's arguments (after the script name); never throws. */
export function parseSimulateArgs(argv: readonly string[]): SimulateArgs {
  const parsed = tryParseArgs(argv);
  if (typeof parsed === 'string') return { kind: 'error', message: parsed };
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const error = (message: string): SimulateArgs => ({ kind: 'error', message });
  if (positionals.length > 1) {
    return error(`expected one SCENARIO, got ${positionals.length}: ${positionals.join(' ')}`);
  }
  if (values.out === undefined || values.out === '') {
    return error('--out FILE is required (use --out - for stdout)');
  }
  const seed = values.seed === undefined ? undefined : parseSeed(values.seed);
  if (seed === null) {
    return error(`--seed must be a whole number from 0 to 4294967295, got "${values.seed}"`);
  }
  const untilSeconds =
    values.until === undefined ? DEFAULT_UNTIL_SECONDS : parseSeconds(values.until);
  if (untilSeconds === null) {
    return error(
      `--until must be a number of seconds above 0 (at most ${MAX_UNTIL_SECONDS}), got "${values.until}"`,
    );
  }
  const format = values.format ?? 'ndjson';
  if (!isLogFormat(format)) {
    return error(`--format must be one of ${logFormats.join(', ')}, got "${format}"`);
  }
  const faults: FaultSpec[] = [];
  for (const text of values.fault ?? []) {
    const result = parseFaultSpec(text);
    if (!result.ok) return error(result.error);
    faults.push(result.spec);
  }
  const scenario = positionals[0] ?? DEFAULT_SCENARIO;
  return {
    kind: 'run',
    options: { scenario, seed, untilSeconds, out: values.out, format, faults },
  };
}

function tryParseArgs(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      options: optionSpec,
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    return describeParseError(error);
  }
}

function parseSeed(text: string): number | null {
  if (!/^\d+$/.test(text)) return null;
  const seed = Number(text);
  return seed <= 0xffffffff ? seed : null;
}

function parseSeconds(text: string): number | null {
  if (!/^(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  const seconds = Number(text);
  return seconds > 0 && seconds <= MAX_UNTIL_SECONDS ? seconds : null;
}

/** node:util's parse errors are long and multi-line; this keeps one short line per problem. */
function describeParseError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const text = message ?? String(error);
  const quoted = /'([^']+)'/.exec(text)?.[1] ?? '';
  const option = quoted.split(', ').pop()?.replace(' <value>', '') ?? quoted;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option} (see --help)`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (text.includes('does not take an argument')) return `${option} does not take a value`;
    if (text.includes('ambiguous')) {
      return `${option} needs a value (write ${option}=VALUE for a value starting with -)`;
    }
    return `${option} needs a value`;
  }
  return text.split('\n')[0] ?? text;
}
