import type { Theme } from '../../state/ui/ui-slice';

const storageKey = 'eventfold.theme';
const darkQuery = '(prefers-color-scheme: dark)';

/** The theme the person chose earlier, or null when they never chose (or storage is blocked). */
export function readStoredTheme(): Theme | null {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return stored === 'light' || stored === 'dark' ? stored : null;
  } catch {
    // Storage can throw in private modes or sandboxed frames; fall back to the system theme.
    return null;
  }
}

/** Remembers an explicit choice; failures are ignored because the theme still applies now. */
export function storeTheme(theme: Theme): void {
  try {
    window.localStorage.setItem(storageKey, theme);
  } catch {
    // Not persisting is acceptable: the choice holds for this session.
  }
}

/** The operating system's preference (light when the browser cannot tell). */
export function systemTheme(): Theme {
  return typeof window.matchMedia === 'function' && window.matchMedia(darkQuery).matches
    ? 'dark'
    : 'light';
}

/** The stored choice if any, otherwise the system preference. */
export function initialTheme(): Theme {
  return readStoredTheme() ?? systemTheme();
}

/** Calls `onChange` when the system theme flips; returns the unsubscribe function. */
export function watchSystemTheme(onChange: (theme: Theme) => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(darkQuery);
  const listener = (event: MediaQueryListEvent) => onChange(event.matches ? 'dark' : 'light');
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

/** Puts `theme` on <html>: data-theme selects the CSS tokens (and color-scheme) in tokens.css. */
export function applyDocumentTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}
