// `npm run simulate -- [SCENARIO] --out FILE ...`: the headless simulator. See --help, or
// scripts/cli/usage.ts; the work happens in scripts/cli/run-simulate.ts.
import { runSimulate } from './cli/run-simulate';

// A reader that stops early (`... --out - | head`) closes the pipe: stop quietly, like cat does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await runSimulate(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
});
