import { DEFAULT_SCENARIO, loadBuiltinScenario } from '../sim/examples/builtin-scenarios';
import type { ExampleSource } from '../state/run/scenario-slice';

/** The built-in example, fetched from the static site (public/scenarios) and validated. */
export const fetchExample: ExampleSource = () =>
  loadBuiltinScenario(DEFAULT_SCENARIO, async (path) => {
    const url = `${import.meta.env.BASE_URL}${path}`;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    return response.text();
  });
