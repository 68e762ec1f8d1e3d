import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  builtinScenarioNames,
  isBuiltinScenarioName,
  loadBuiltinScenario,
} from '../../src/sim/examples/builtin-scenarios';
import { parseScenarioText, type ScenarioResult } from '../../src/sim/scenario/load-scenario';
import type { Scenario } from '../../src/sim/scenario/scenario-schema';

/** The static site root, where the built-in examples live (public/scenarios/*.json). */
const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

export type ScenarioArgumentResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly error: string };

/** Reads and validates a built-in example from public/ (the app fetches the same file). */
export function readBuiltinScenario(name: string): Promise<ScenarioResult> {
  if (!isBuiltinScenarioName(name)) {
    return Promise.resolve({ ok: false, errors: [`no built-in example "${name}"`] });
  }
  return loadBuiltinScenario(name, (path) => readFile(join(PUBLIC_DIR, path), 'utf8'));
}

/**
 * Loads SCENARIO: a built-in example by name, else a scenario file. A validation error names
 * the scenario, then the loader's first problem with its field path (and how many more).
 */
export async function readScenarioArgument(argument: string): Promise<ScenarioArgumentResult> {
  let result: ScenarioResult;
  if (isBuiltinScenarioName(argument)) {
    result = await readBuiltinScenario(argument);
  } else {
    const text = await readScenarioText(argument);
    if (!text.ok) return text;
    result = parseScenarioText(text.text);
  }
  if (result.ok) return result;
  const [first = 'unknown problem', ...rest] = result.errors;
  const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
  return { ok: false, error: `invalid scenario "${argument}": ${first}${more}` };
}

async function readScenarioText(
  path: string,
): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  try {
    return { ok: true, text: await readFile(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? `no such file, and no built-in example of that name (${builtinScenarioNames.join(', ')})`
        : (error as Error).message;
    return { ok: false, error: `cannot read scenario "${path}": ${reason}` };
  }
}
