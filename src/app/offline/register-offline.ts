/**
 * Registers the service worker that vite-plugin-pwa generates at build time (dist/sw.js). It
 * precaches the whole static build, so after one visit the app starts and runs with no network.
 *
 * Registered from this module rather than by the plugin's injected snippet: the page's CSP
 * allows no inline scripts, and a module file needs no CSP exception.
 */

/** The part of the browser this module uses; injected so unit tests can drive it. */
export interface OfflineEnvironment {
  /** navigator.serviceWorker, or undefined where the browser has none (or disables it). */
  serviceWorker: Pick<ServiceWorkerContainer, 'register'> | undefined;
  /** Calls `start` once the page has finished loading (at once if it already has). */
  whenLoaded: (start: () => void) => void;
  /** Vite's base URL ('/' by default); the worker's URL and scope live under it. */
  baseUrl: string;
  /** Where a failed registration is reported. */
  warn: (message: string, error: unknown) => void;
}

/** The service worker's file name, as vite-plugin-pwa emits it (its `filename` default). */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Registers the precaching service worker after the page has loaded; resolves when it is done. */
export function registerOfflineSupport(
  environment: OfflineEnvironment = browserEnvironment(),
): Promise<void> {
  const { serviceWorker, whenLoaded, baseUrl, warn } = environment;
  // Without service workers (old browsers, some private modes) the app still works online.
  if (!serviceWorker) return Promise.resolve();
  return new Promise((resolve) => {
    // Waiting for `load` keeps the precache downloads (every chunk, charts included) from
    // competing with the first paint for bandwidth and CPU.
    whenLoaded(() => {
      serviceWorker
        .register(`${baseUrl}${SERVICE_WORKER_FILE}`, { scope: baseUrl })
        .then(
          () => undefined,
          // A warning, not an error: offline support is an extra, the online app is unaffected.
          (error: unknown) => warn('Eventfold could not enable offline use', error),
        )
        .finally(resolve);
    });
  });
}

/** The real browser: navigator.serviceWorker, the window's load event, Vite's base URL. */
function browserEnvironment(): OfflineEnvironment {
  return {
    serviceWorker: 'serviceWorker' in navigator ? navigator.serviceWorker : undefined,
    whenLoaded: (start) => {
      if (document.readyState === 'complete') start();
      else window.addEventListener('load', start, { once: true });
    },
    baseUrl: import.meta.env.BASE_URL,
    warn: (message, error) => console.warn(message, error),
  };
}
