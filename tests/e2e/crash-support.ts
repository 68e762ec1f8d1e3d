import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type LaunchOptions, type Page } from '@playwright/test';

/**
 * A browser with a profile on disk, so that IndexedDB outlives the browser: a page can be
 * closed, or the whole browser killed (SIGKILL, no unload, no flush), and opened again.
 */
export class CrashableBrowser {
  private context: BrowserContext | null = null;
  readonly errors: string[] = [];
  private readonly profile = mkdtempSync(join(tmpdir(), 'eventfold-crash-'));

  constructor(
    private readonly launchOptions: LaunchOptions | undefined,
    private readonly baseURL: string | undefined,
  ) {}

  /** A fresh page of the app (launching the browser when it is not running). */
  async openPage(): Promise<Page> {
    this.context ??= await chromium.launchPersistentContext(this.profile, {
      ...this.launchOptions,
      baseURL: this.baseURL,
      viewport: { width: 1440, height: 900 },
    });
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
    // Every process of this browser, not only the main one: a storage or renderer child left
    // running after its parent died can hold the profile's IndexedDB, and the next launch
    // would then open without storage. Killed together, like a crash of the whole browser.
    const tree = processTree(this.browserPid());
    for (const pid of tree) killQuietly(pid);
    await waitUntilGone(tree);
    await this.context.close().catch(() => {});
    this.context = null;
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
