import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type LaunchOptions, type Page } from '@playwright/test';
import { openBlankPage } from './recovery-support';
import { readStoredState, type StoredState } from './stored-state';

/**
 * Chromium's two IndexedDB backends. LevelDB is this build's default; SQLite is the backend
 * Chrome has been rolling out to new sites since version 149 (here behind its feature flag).
 * On LevelDB, about one browser kill in a hundred made Chromium delete the origin's whole
 * store on a later launch (README, Crash suite), which fits google/leveldb#1287: Chromium runs
 * LevelDB with `reuse_logs`, so a log record torn by the kill gets appended to.
 */
export type IndexedDbBackend = 'leveldb' | 'sqlite';

function backendArgs(backend: IndexedDbBackend): string[] {
  return backend === 'sqlite' ? ['--enable-features=IdbSqliteBackingStore'] : [];
}

/**
 * A browser with a profile on disk, so that IndexedDB outlives the browser: a page can be
 * closed, or the whole browser killed (SIGKILL, no unload, no flush), and opened again.
 */
export class CrashableBrowser {
  private context: BrowserContext | null = null;
  readonly errors: string[] = [];
  /** What was done when (ms since start): a failure or a timeout shows the step it hung in. */
  readonly steps: string[] = [];
  private readonly started = Date.now();
  /** What IndexedDB held when the last page opened, read before the app could touch it. */
  lastProbe: StoredState | null = null;
  private readonly profile = mkdtempSync(join(tmpdir(), 'eventfold-crash-'));

  constructor(
    private readonly launchOptions: LaunchOptions | undefined,
    private readonly baseURL: string | undefined,
    private readonly backend: IndexedDbBackend = 'leveldb',
  ) {}

  /** A fresh page of the app (launching the browser when it is not running). */
  async openPage(): Promise<Page> {
    if (!this.context) {
      this.step('launch');
      this.context = await chromium.launchPersistentContext(this.profile, {
        ...this.launchOptions,
        args: [...(this.launchOptions?.args ?? []), ...backendArgs(this.backend)],
        baseURL: this.baseURL,
        viewport: { width: 1440, height: 900 },
      });
    }
    this.step('probe storage');
    this.lastProbe = await probeStorage(this.context);
    this.step('open the app');
    const page = await this.context.newPage();
    page.on('pageerror', (error) => this.errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') this.errors.push(`console: ${message.text()}`);
    });
    await page.goto('/');
    return page;
  }

  /** Kills the browser process outright: no pagehide, no last autosave, no clean shutdown. */
  async kill(): Promise<void> {
    if (!this.context) return;
    this.step('kill');
    // Every process of this browser, not only the main one: a storage or renderer child left
    // running after its parent died can hold the profile's IndexedDB, and the next launch
    // would then open without storage. Killed together, like a crash of the whole browser.
    const tree = processTree(this.browserPid());
    for (const pid of tree) killQuietly(pid);
    await waitUntilGone(tree);
    this.step('killed');
    await this.context.close().catch(() => {});
    this.context = null;
  }

  step(what: string): void {
    this.steps.push(`${Date.now() - this.started} ms ${what}`);
  }

  /** The profile's storage files (path and size): what a failure message shows of the disk. */
  storageFiles(): string {
    return execFileSync('find', [
      this.profile,
      '(',
      '-path',
      '*IndexedDB*',
      '-o',
      '-path',
      '*WebStorage*',
      ')',
      '-type',
      'f',
      '-printf',
      '%P %s\\n',
    ])
      .toString()
      .trim();
  }

  /** Copies the profile aside (investigating a failure). */
  keepProfile(to: string): void {
    execFileSync('cp', ['-a', this.profile, to]);
  }

  async dispose(): Promise<void> {
    await this.context?.close().catch(() => {});
    this.context = null;
    rmSync(this.profile, { recursive: true, force: true });
  }

  /** The browser's main process: the one started with this profile that is not a child. */
  private browserPid(): number {
    const processes = execFileSync('ps', ['-eo', 'pid=,args=']).toString().split('\n');
    const main = processes.find(
      (line) => line.includes(`--user-data-dir=${this.profile}`) && !line.includes('--type='),
    );
    if (!main) throw new Error(`No browser process runs with the profile ${this.profile}`);
    return Number(main.trim().split(/\s+/)[0]);
  }
}

/**
 * Reads the app's IndexedDB from a blank page of the same origin: whether a kill lost data is
 * then told apart from what the app did with the data after opening (it deletes a stored log
 * that no saved run claims).
 */
async function probeStorage(context: BrowserContext): Promise<StoredState> {
  const page = await openBlankPage(context);
  try {
    return await readStoredState(page);
  } finally {
    await page.close();
  }
}

/** `root` and all its descendants, from one `ps` listing. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const line of execFileSync('ps', ['-eo', 'pid=,ppid=']).toString().split('\n')) {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number);
    if (!pid || ppid === undefined) continue;
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const tree: number[] = [];
  const visit = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return tree;
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Waits (up to 10 s) until none of `pids` is alive. */
async function waitUntilGone(pids: readonly number[]): Promise<void> {
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (let waited = 0; waited < 10_000 && pids.some(alive); waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
