import { describe, expect, it } from 'vitest';
import {
  type OfflineEnvironment,
  registerOfflineSupport,
} from '../../../src/app/offline/register-offline';

interface Registration {
  url: string;
  scope: string | undefined;
}

/** A browser stand-in: records registrations, and fires `load` only when the test says so. */
function fakeBrowser(options: { fails?: Error; baseUrl?: string } = {}) {
  const registrations: Registration[] = [];
  const warnings: Array<{ message: string; error: unknown }> = [];
  let fireLoad: (() => void) | null = null;
  const environment: OfflineEnvironment = {
    serviceWorker: {
      register: async (url, registerOptions) => {
        registrations.push({ url: String(url), scope: registerOptions?.scope });
        if (options.fails) throw options.fails;
        return {} as ServiceWorkerRegistration;
      },
    },
    whenLoaded: (start) => {
      fireLoad = start;
    },
    baseUrl: options.baseUrl ?? '/',
    warn: (message, error) => warnings.push({ message, error }),
  };
  return { environment, registrations, warnings, load: () => fireLoad?.() };
}

describe('given a production page whose browser supports service workers', () => {
  it('when the page has not finished loading, then nothing is registered yet', () => {
    const browser = fakeBrowser();
    void registerOfflineSupport(browser.environment);
    expect(browser.registrations).toEqual([]);
  });

  it('when the page has loaded, then /sw.js is registered once with the site as its scope', async () => {
    const browser = fakeBrowser();
    const done = registerOfflineSupport(browser.environment);
    browser.load();
    await done;
    expect(browser.registrations).toEqual([{ url: '/sw.js', scope: '/' }]);
    expect(browser.warnings).toEqual([]);
  });

  it('when the site is served below a base path, then the worker and its scope live there', async () => {
    const browser = fakeBrowser({ baseUrl: '/eventfold/' });
    const done = registerOfflineSupport(browser.environment);
    browser.load();
    await done;
    expect(browser.registrations).toEqual([{ url: '/eventfold/sw.js', scope: '/eventfold/' }]);
  });

  it('when registration fails, then it resolves with a warning naming the cause', async () => {
    const cause = new Error('SecurityError: insecure origin');
    const browser = fakeBrowser({ fails: cause });
    const done = registerOfflineSupport(browser.environment);
    browser.load();
    await expect(done).resolves.toBeUndefined();
    expect(browser.warnings).toEqual([
      { message: 'Eventfold could not enable offline use', error: cause },
    ]);
  });
});

describe('given a browser without service workers', () => {
  it('when offline support is requested, then it resolves without waiting for load', async () => {
    let waitedForLoad = false;
    const environment: OfflineEnvironment = {
      serviceWorker: undefined,
      whenLoaded: () => {
        waitedForLoad = true;
      },
      baseUrl: '/',
      warn: () => {
        throw new Error('nothing should be reported');
      },
    };
    await expect(registerOfflineSupport(environment)).resolves.toBeUndefined();
    expect(waitedForLoad).toBe(false);
  });
});
