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
    process.kill(this.browserPid(), 'SIGKILL');
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
