import { parseScenarioText, type ScenarioResult } from '../scenario/load-scenario';

/** The examples shipped with Eventfold, by name; each is a scenario file under public/scenarios. */
export const builtinScenarioNames = ['order-saga'] as const;

export type BuiltinScenarioName = (typeof builtinScenarioNames)[number];

/** The example loaded on first open and run by the CLI when no scenario is named. */
export const DEFAULT_SCENARIO: BuiltinScenarioName = 'order-saga';

/** True when `name` is one of the built-in examples. */
export function isBuiltinScenarioName(name: string): name is BuiltinScenarioName {
  return (builtinScenarioNames as readonly string[]).includes(name);
}

/**
 * Where an example lives, relative to the static site root (`public/` in the repository): the
 * browser fetches `/` + this path, the Node CLI reads `public/` + this path.
 */
export function builtinScenarioPath(name: BuiltinScenarioName): string {
  return `scenarios/${name}.json`;
}

/** Reads a file's text by its path relative to the site root: fetch in the app, fs in Node. */
export type ScenarioTextReader = (path: string) => Promise<string>;

/**
 * Loads and validates a built-in example through the caller's reader, so this module stays free
 * of fs and fetch. A reader failure is reported like a validation error, never thrown.
 */
export async function loadBuiltinScenario(
  name: BuiltinScenarioName,
  read: ScenarioTextReader,
): Promise<ScenarioResult> {
  const path = builtinScenarioPath(name);
  let text: string;
  try {
    text = await read(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [`scenario: cannot read built-in example "${name}" (${reason})`] };
  }
  return parseScenarioText(text);
}
