import { SCENARIO_VERSION } from './scenario-schema';

type Raw = Record<string, unknown>;

/**
 * Upgrades each older scenario format one version at a time. Version 1 (early drafts) named
 * connections `edges` with `from`/`to` and the seed `rngSeed`.
 */
const migrations: Readonly<Record<number, (scenario: Raw) => Raw>> = {
  1: (scenario) => {
    const { edges, rngSeed, ...rest } = scenario;
    const connections = Array.isArray(edges)
      ? edges.map((edge: Raw, index) => ({
          id: typeof edge.id === 'string' ? edge.id : `c${index + 1}`,
          source: edge.from,
          target: edge.to,
        }))
      : edges;
    return { ...rest, version: 2, seed: rngSeed, connections };
  },
};

export type MigrationResult = { ok: true; scenario: Raw } | { ok: false; error: string };

/** Brings a parsed scenario object to the current version, or says why it cannot. */
export function migrateScenario(input: unknown): MigrationResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: 'scenario: must be a JSON object' };
  }
  let scenario = input as Raw;
  const version = scenario.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, error: 'version: must be an integer scenario format version' };
  }
  if (version > SCENARIO_VERSION || version < 1) {
    return {
      ok: false,
      error: `version: ${version} is not supported (this build reads versions 1 to ${SCENARIO_VERSION})`,
    };
  }
  for (let from = version; from < SCENARIO_VERSION; from += 1) {
    const step = migrations[from];
    if (!step) return { ok: false, error: `version: no migration from version ${from}` };
    scenario = step(scenario);
  }
  return { ok: true, scenario };
}
