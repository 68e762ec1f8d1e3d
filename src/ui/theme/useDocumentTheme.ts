import { useEffect } from 'react';
import { selectTheme } from '../../state/selectors';
import { useEventfoldStore } from '../../state/store';
import { applyDocumentTheme, readStoredTheme, watchSystemTheme } from './theme-preference';

/** Mirrors the store's theme onto <html data-theme> and follows the system until a choice is stored. */
export function useDocumentTheme(): void {
  const theme = useEventfoldStore(selectTheme);
  const setTheme = useEventfoldStore((state) => state.setTheme);

  useEffect(() => applyDocumentTheme(theme), [theme]);

  useEffect(
    () =>
      watchSystemTheme((next) => {
        if (readStoredTheme() === null) setTheme(next);
      }),
    [setTheme],
  );
}
