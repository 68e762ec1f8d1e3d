import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, loadBenchScript } from './page';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface PersistentBenchPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** The profile folder on disk (unique: it tells this browser's processes from any other's). */
  readonly profile: string;
  /** CPU seconds (user + system) all of this browser's processes have used so far. */
  cpuSeconds(): number;
  close(): Promise<void>;
}

/**
 * Opens the system Chromium on a fresh persistent (on-disk) profile, as a person's browser is,
 * on a page at BENCH_ORIGIN that has loaded `script`. Storage must be measured this way: an
 * off-the-record context keeps IndexedDB in memory, which is neither as slow nor as costly.
 */
export async function openPersistentBenchPage(
  script: string,
  global: string,
): Promise<PersistentBenchPage> {
  const profile = await mkdtemp(join(tmpdir(), 'eventfold-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(0);
    await loadBenchScript(page, script, global);
    return {
      context,
      page,
      profile,
      cpuSeconds: () => chromiumCpuSeconds(profile),
      async close() {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

let clockTicks: number | undefined;

/** Kernel clock ticks per second (the unit of /proc/<pid>/stat times; 100 on Linux almost always). */
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/**
 * CPU seconds (utime + stime, plus those of reaped children) of every process whose command line
 * names `profile` as its user data dir: the browser, its zygotes, the renderer, the GPU, network
 * and storage services. Other Chromiums on the machine (another engineer's tests) do not count.
 */
export function chromiumCpuSeconds(profile: string): number {
  const marker = `--user-data-dir=${profile}`;
  let ticks = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes(marker)) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name: state is field 3, utime 14, stime 15, cutime 16, cstime 17.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // The process exited between listing and reading.
    }
  }
  return ticks / ticksPerSecond();
}

/** `chromium --version` of the browser the benchmarks run. */
export function chromiumVersion(): string {
  try {
    return execFileSync(executablePath, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return 'unknown';
  }
}
