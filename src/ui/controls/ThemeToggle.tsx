import { selectTheme } from '../../state/selectors';
import { useEventfoldStore } from '../../state/store';
import { storeTheme } from '../theme/theme-preference';
import { MoonIcon, SunIcon } from './control-icons';

/** Switches between light and dark and remembers the choice. */
export function ThemeToggle() {
  const theme = useEventfoldStore(selectTheme);
  const setTheme = useEventfoldStore((state) => state.setTheme);
  const isDark = theme === 'dark';

  const toggle = () => {
    const next = isDark ? 'light' : 'dark';
    setTheme(next);
    storeTheme(next);
  };

  return (
    <button
      type="button"
      className="icon-button"
      aria-label="Dark theme"
      aria-pressed={isDark}
      title={isDark ? 'Switch to light theme' : 'Switch to dark theme'}
      onClick={toggle}
    >
      {isDark ? <SunIcon /> : <MoonIcon />}
    </button>
  );
}
