import type { Scenario } from '../scenario/scenario-schema';

/** The scenario export's text: the versioned scenario JSON, indented for people and diffs. */
export function scenarioFileText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}
