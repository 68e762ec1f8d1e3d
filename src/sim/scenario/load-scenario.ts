import type { z } from 'zod';
import { componentKindInfo } from './component-kinds';
import { checkConnection } from './connection-rules';
import { isBusSetting } from './fault-settings';
import { migrateScenario } from './migrate-scenario';
import { type Scenario, scenarioSchema } from './scenario-schema';

export type ScenarioResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Parses scenario JSON text: syntax, version, schema and cross-references, in that order. */
export function parseScenarioText(text: string): ScenarioResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`scenario: not valid JSON (${(error as Error).message})`] };
  }
  return loadScenario(value);
}

/** Validates and migrates a scenario object; every problem is reported with its field path. */
export function loadScenario(input: unknown): ScenarioResult {
  const migrated = migrateScenario(input);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  const parsed = scenarioSchema.safeParse(migrated.scenario);
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error.issues) };
  const problems = crossReferenceProblems(parsed.data);
  return problems.length > 0
    ? { ok: false, errors: problems }
    : { ok: true, scenario: parsed.data };
}

/** Field path in the style people read: `components[2].config.ratePerSecond`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${formatPath(issue.path) || 'scenario'}: ${issue.message}`);
}

function crossReferenceProblems(scenario: Scenario): string[] {
  const problems: string[] = [];
  const kinds = new Map<string, Scenario['components'][number]['kind']>();
  scenario.components.forEach((component, index) => {
    if (kinds.has(component.id)) {
      problems.push(`components[${index}].id: "${component.id}" is used twice`);
    }
    kinds.set(component.id, component.kind);
  });
  const connectionIds = new Set<string>();
  scenario.connections.forEach((connection, index) => {
    const where = `connections[${index}]`;
    if (connectionIds.has(connection.id))
      problems.push(`${where}.id: "${connection.id}" is used twice`);
    connectionIds.add(connection.id);
    const source = kinds.get(connection.source);
    const target = kinds.get(connection.target);
    if (!source) problems.push(`${where}.source: no component "${connection.source}"`);
    if (!target) problems.push(`${where}.target: no component "${connection.target}"`);
    if (source && target) {
      const verdict = checkConnection(source, target);
      if (!verdict.ok) problems.push(`${where}: ${verdict.reason}`);
    }
  });
  scenario.faults.forEach((fault, index) => {
    const kind = kinds.get(fault.target);
    if (!kind) problems.push(`faults[${index}].target: no component "${fault.target}"`);
    else if (isBusSetting(fault.setting) && kind !== 'event-bus') {
      problems.push(
        `faults[${index}].setting: ${fault.setting} applies to an Event Bus, not ${componentKindInfo[kind].label}`,
      );
    }
  });
  return problems;
}
