import '../controls/toolbar.css';
import { ThemeToggle } from '../controls/ThemeToggle';
import { Toolbar } from '../controls/Toolbar';
import { BrandMark } from './BrandMark';

/** The top bar: the product name, the simulation controls and the theme switch. */
export function AppHeader() {
  return (
    <header className="app-header">
      <h1 className="brand">
        <BrandMark />
        Eventfold
      </h1>
      <Toolbar />
      <ThemeToggle />
    </header>
  );
}
