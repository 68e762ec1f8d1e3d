import { render } from '@testing-library/react';
import { App } from '../../src/app/App';
import { useEventfoldStore } from '../../src/state/store';

/** Renders the whole frame over a fresh store (the store is a module singleton). */
export function renderApp() {
  useEventfoldStore.setState(useEventfoldStore.getInitialState(), true);
  return render(<App />);
}
