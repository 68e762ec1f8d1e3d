import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = 'scripts/ensure-chromium.sh';

let dir: string;
let bin: string;
let browser: string;
let aptCalls: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ensure-chromium-'));
  bin = join(dir, 'bin');
  spawnSync('mkdir', [bin]);
  browser = join(dir, 'chromium');
  aptCalls = join(dir, 'apt-calls');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fake(name: string, body: string): void {
  const file = join(bin, name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
}

/** `id -u` answers `uid`; `apt-get` (when present) records its arguments and, on install, "installs" the browser. */
function fakeSystem({ uid, apt }: { uid: number; apt: boolean }): void {
  fake('id', `echo ${uid}`);
  if (!apt) return;
  fake(
    'apt-get',
    `echo "$*" >> '${aptCalls}'\nif [ "$1" = install ] || [ "$2" = install ]; then printf '#!/bin/sh\\n' > "$CHROMIUM_PATH"; chmod +x "$CHROMIUM_PATH"; fi`,
  );
}

/** Runs the step with the browser path pointed at `browser`; with apt absent, PATH is the fakes alone. */
function provision(apt: boolean) {
  const PATH = apt ? `${bin}:/usr/bin:/bin` : bin;
  return spawnSync('/bin/bash', [script], {
    encoding: 'utf8',
    env: { PATH, CHROMIUM_PATH: browser },
  });
}

describe('given the browser at CHROMIUM_PATH is missing', () => {
  it('when run as root with apt-get, then it installs Debian chromium with apt-get and succeeds', () => {
    fakeSystem({ uid: 0, apt: true });
    const result = provision(true);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Chromium is missing at ${browser}: installing`);
    expect(readFileSync(aptCalls, 'utf8').trim().split('\n')).toEqual([
      'update -qq',
      'install -y -qq chromium',
    ]);
    expect(existsSync(browser)).toBe(true);
  });

  it('when run as a user, then it installs nothing and stops with the one command to run', () => {
    fakeSystem({ uid: 1000, apt: true });
    const result = provision(true);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `Chromium is missing at ${browser}: run \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH to a Chromium binary), then run the tests again.\n`,
    );
    expect(existsSync(aptCalls)).toBe(false);
  });

  it('when run as root with no apt-get, then it stops and says to install Chromium and set CHROMIUM_PATH', () => {
    fakeSystem({ uid: 0, apt: false });
    const result = provision(false);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('there is no apt-get');
    expect(result.stderr).toContain('set CHROMIUM_PATH');
  });

  it('when apt-get runs but the path is still missing, then it says so instead of going on', () => {
    fakeSystem({ uid: 0, apt: true });
    fake('apt-get', `echo "$*" >> '${aptCalls}'`);
    const result = provision(true);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${browser} is still missing`);
  });
});

describe('given the browser at CHROMIUM_PATH is there', () => {
  it('when the step runs, then it does nothing and succeeds', () => {
    fakeSystem({ uid: 0, apt: true });
    writeFileSync(browser, '#!/bin/sh\n');
    chmodSync(browser, 0o755);
    const result = provision(true);
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).toBe('');
    expect(existsSync(aptCalls)).toBe(false);
  });
});

describe('given the ways tests are started', () => {
  const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<
    string,
    string
  >;

  it('when npm test runs, then the step comes first, before any test', () => {
    expect(scripts.test?.startsWith('npm run ensure-chromium && ')).toBe(true);
    expect(scripts['ensure-chromium']).toBe(`bash ${script}`);
  });

  it('when only the browser tests run, then the step comes before Playwright', () => {
    expect(scripts['test:e2e']).toBe('npm run ensure-chromium && playwright test');
  });

  it('when CI runs, then it uses the same step (no apt-get block of its own)', () => {
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toContain(`bash ${script}`);
    expect(ci).not.toContain('apt-get install');
  });
});
