import { once } from 'node:events';
import { open } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { type FaultInjection, type RunSummary, Simulation } from '../../src/sim/engine/simulation';
import { resolveFaultTarget } from '../../src/sim/host/fault-target';
import { parseSimulateArgs, type SimulateOptions } from './parse-args';
import { readScenarioArgument } from './read-scenario';
import { simulateUsage } from './usage';
import { writeLog } from './write-log';

export interface SimulateIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
}

/** Exit status for bad arguments, a bad scenario or fault, or an unwritable --out. */
export const EXIT_USAGE = 2;
/** Exit status when the run itself fails. */
export const EXIT_FAILURE = 1;

/** Why the CLI stops, and with which status. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/**
 * The simulate CLI: parse, load, inject faults, run to --until, write the log, print the
 * summary as the last stdout line. Returns the exit status; every failure is one stderr line.
 */
export async function runSimulate(argv: readonly string[], io: SimulateIo): Promise<number> {
  const args = parseSimulateArgs(argv);
  if (args.kind === 'help') {
    io.stdout.write(simulateUsage());
    return 0;
  }
  try {
    if (args.kind === 'error') throw new CliError(args.message, EXIT_USAGE);
    const summary = await simulate(args.options, io.stdout);
    io.stdout.write(`${formatSummary(summary)}\n`);
    return 0;
  } catch (error) {
    const exitCode = error instanceof CliError ? error.exitCode : EXIT_FAILURE;
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`simulate: ${message.replace(/\s*[\r\n]+\s*/g, ' ')}\n`);
    return exitCode;
  }
}

/** The summary line, keys in the documented order. */
export function formatSummary(summary: RunSummary): string {
  const { completed, compensated, stuck } = summary.sagas;
  return JSON.stringify({
    events: summary.events,
    sagas: { completed, compensated, stuck },
    deadLetters: summary.deadLetters,
    subscriberLag: summary.subscriberLag,
    delivery: summary.delivery,
    logHash: summary.logHash,
  });
}

async function simulate(options: SimulateOptions, stdout: Writable): Promise<RunSummary> {
  const loaded = await readScenarioArgument(options.scenario);
  if (!loaded.ok) throw new CliError(loaded.error, EXIT_USAGE);
  const scenario =
    options.seed === undefined ? loaded.scenario : { ...loaded.scenario, seed: options.seed };
  const faults: FaultInjection[] = options.faults.map((spec) => {
    const resolved = resolveFaultTarget(spec, scenario.components);
    if (!resolved.ok) throw new CliError(resolved.error, EXIT_USAGE);
    return resolved.fault;
  });
  let sim: Simulation;
  try {
    sim = new Simulation(scenario);
  } catch (error) {
    throw new CliError(`cannot run scenario: ${(error as Error).message}`, EXIT_USAGE);
  }
  for (const fault of faults) sim.inject(fault);
  const out = options.out === '-' ? stdout : await openOutput(options.out);
  sim.runUntil(options.untilSeconds * 1000);
  await writeLog(sim, options.format, out);
  if (out !== stdout) {
    out.end();
    await once(out, 'close');
  }
  return sim.summary();
}

/** Opens --out before the run, so a bad path fails fast instead of after a long simulation. */
async function openOutput(path: string): Promise<Writable> {
  try {
    const handle = await open(path, 'w');
    return handle.createWriteStream();
  } catch (error) {
    throw new CliError(`cannot write --out "${path}": ${(error as Error).message}`, EXIT_USAGE);
  }
}
